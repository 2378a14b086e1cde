package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {
  private static final String DATES_RULE = "structure.dates.order";
  private static final String DATES_PATH = "/dates/validThrough";
  private static final Finding DATES =
      finding(Severity.ERROR, DATES_RULE, DATES_PATH, "Dates out of order.");
  private static final Finding HINT =
      finding(Severity.INFO, "readability.title-length", "/title", "A shorter title reads better.");

  @Test
  void noErrorsAcceptsAReportWithoutErrors() {
    assertDoesNotThrow(() -> Findings.assertNoErrors(new ValidationReport(List.of(HINT))));
  }

  @Test
  void noErrorsListsEveryError() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () -> Findings.assertNoErrors(new ValidationReport(List.of(DATES, HINT))));
    assertEquals(
        "expected no errors, found 1:\n"
            + "  ERROR structure.dates.order at /dates/validThrough: Dates out of order.",
        error.getMessage());
  }

  @Test
  void exactlyAcceptsTheOneExpectedFinding() {
    assertDoesNotThrow(
        () -> Findings.assertExactly(new ValidationReport(List.of(DATES)), DATES_RULE, DATES_PATH));
  }

  @Test
  void exactlyRejectsAnotherPath() {
    assertThrows(
        AssertionError.class,
        () -> Findings.assertExactly(new ValidationReport(List.of(DATES)), DATES_RULE, "/dates"));
  }

  @Test
  void exactlyRejectsAnExtraFindingAndListsBoth() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                Findings.assertExactly(
                    new ValidationReport(List.of(DATES, HINT)), DATES_RULE, DATES_PATH));
    assertEquals(
        "expected exactly one finding, structure.dates.order at /dates/validThrough, found 2:\n"
            + "  ERROR structure.dates.order at /dates/validThrough: Dates out of order.\n"
            + "  INFO readability.title-length at /title: A shorter title reads better.",
        error.getMessage());
  }

  private static Finding finding(Severity severity, String ruleId, String path, String message) {
    return Finding.builder().severity(severity).ruleId(ruleId).path(path).message(message).build();
  }
}
