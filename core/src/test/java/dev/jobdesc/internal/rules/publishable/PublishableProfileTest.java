package dev.jobdesc.internal.rules.publishable;

import static dev.jobdesc.internal.rules.TestPostings.compliant;
import static dev.jobdesc.internal.rules.TestPostings.findings;
import static dev.jobdesc.internal.rules.TestPostings.validator;
import static dev.jobdesc.internal.rules.TestPostings.validatorOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.internal.rules.TestPostings;
import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.Application;
import dev.jobdesc.model.Dates;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import dev.jobdesc.validation.ValidationReport;
import dev.jobdesc.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PublishableProfileTest {
  private static final Validator PUBLISHABLE = validator("publishable");

  @Test
  void aFilledInPostingIsPublishable() {
    ValidationReport report = PUBLISHABLE.validate(compliant());
    assertEquals(List.of(), report.getFindings());
  }

  @Test
  void everyPlaceholderIsReportedWithItsPathTextAndSpan() {
    String yaml =
        TestPostings.COMPLIANT
            .replace("Denver", "\"[City]\"")
            .replace("- We are seeking", "- \"[Company Name] is seeking")
            .replace("outpatient team.", "outpatient team.\"")
            .replace("No bonuses or commissions are offered for this position.", "'{{bonus}} and [bonus terms] apply.'");
    ReadResult read = DocumentReader.standard().parse(yaml, "template.yaml");
    List<Finding> found = findings(PUBLISHABLE.validate(read), "publishable.placeholder");

    assertEquals(List.of("/brief/0", "/otherCompensation", "/otherCompensation", "/workplace/locations/0/locality"),
        found.stream().map(Finding::getPath).toList());
    assertEquals(List.of("[Company Name]", "[bonus terms]", "{{bonus}}", "[City]"),
        found.stream().map(f -> f.getActual().orElseThrow()).toList());
    Finding company = found.get(0);
    assertEquals(Severity.ERROR, company.getSeverity());
    assertEquals(new Span(0, "[Company Name]".length()), company.getSpan().orElseThrow());
    assertEquals(10, company.getLine().orElseThrow(), "the line of the brief's first paragraph");
    assertEquals(
        "The placeholder \"[Company Name]\" is still in the text: replace it with the real value before"
            + " publishing.",
        company.getMessage());
  }

  @Test
  void bracketsWithoutWordsAreNotPlaceholders() {
    JobDescription job = compliant().withBrief("See note [1] and the list [ ] below.");
    assertEquals(List.of(), PUBLISHABLE.validate(job).getFindings());
  }

  @Test
  void aRoleGetsOnlyItsPlaceholdersReported() {
    ValidationReport report =
        PUBLISHABLE.validate(
            TestPostings.read(
                """
                version: 1
                kind: role
                title: Peer Specialist
                summary:
                  - Peer Specialists in [State] need a certificate.
                """));
    assertEquals(List.of("publishable.placeholder /summary/0 [State]"),
        report.getFindings().stream()
            .map(f -> f.getRuleId() + " " + f.getPath() + " " + f.getActual().orElseThrow())
            .toList());
  }

  static Stream<Arguments> omissions() {
    return Stream.of(
        omitted("publishable.organization", "/organization", Severity.ERROR, j -> j.withOrganization(java.util.Optional.empty())),
        omitted("publishable.application", "/application", Severity.ERROR, j -> j.withApplication(java.util.Optional.empty())),
        omitted("publishable.workplace", "/workplace", Severity.ERROR, j -> j.withWorkplace(java.util.Optional.empty())),
        omitted("publishable.date-posted", "/dates/posted", Severity.ERROR,
            j -> j.withDates(Dates.builder().validThrough(LocalDate.of(2026, 12, 31)).build())),
        omitted("publishable.equal-opportunity", "/equalOpportunity", Severity.WARNING,
            j -> j.withEqualOpportunity(java.util.Optional.empty())),
        omitted("publishable.pay", "/pay", Severity.WARNING, j -> j.withPay(java.util.Optional.empty())));
  }

  private static Arguments omitted(String ruleId, String path, Severity severity, UnaryOperator<JobDescription> change) {
    return Arguments.of(ruleId, path, severity, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("omissions")
  void eachMissingPieceIsOneFinding(String ruleId, String path, Severity severity, UnaryOperator<JobDescription> change) {
    List<Finding> found = PUBLISHABLE.validate(change.apply(compliant())).getFindings();
    assertEquals(1, found.size(), found::toString);
    assertEquals(ruleId, found.get(0).getRuleId());
    assertEquals(path, found.get(0).getPath());
    assertEquals(severity, found.get(0).getSeverity());
  }

  @Test
  void expiryAndDeadlineFollowTheValidatorsClock() {
    JobDescription job = compliant();
    assertEquals(List.of(), validatorOn(LocalDate.of(2026, 12, 31), "publishable").validate(job).getFindings(),
        "the last valid day is still valid");

    List<Finding> late = validatorOn(LocalDate.of(2027, 1, 1), "publishable").validate(job).getFindings();
    assertEquals(List.of("publishable.deadline-passed /application/deadline 2026-12-31",
            "publishable.expired /dates/validThrough 2026-12-31"),
        late.stream().map(f -> f.getRuleId() + " " + f.getPath() + " " + f.getActual().orElseThrow()).toList());
  }

  @Test
  void severityCanBeRaisedAndRulesDenied() {
    JobDescription noPay = compliant().withPay(java.util.Optional.empty()).withApplication(
        Application.builder().email("jobs@frontrange.example").build());
    Validator strict =
        Validator.builder().profiles("publishable").severity("publishable.pay", Severity.ERROR).build();
    assertEquals(Severity.ERROR, strict.validate(noPay).getFindings().get(0).getSeverity());

    Validator lenient = Validator.builder().profiles("publishable").denyRules("publishable.*").build();
    assertEquals(List.of(), lenient.validate(noPay.withOrganization(java.util.Optional.empty())).getFindings());
  }
}
