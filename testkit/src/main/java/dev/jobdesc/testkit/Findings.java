package dev.jobdesc.testkit;

import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions on validation reports for any test framework: they throw {@link AssertionError},
 * which JUnit, TestNG, Spock and the rest report as a failure, with every finding listed.
 *
 * @since 0.1
 */
public final class Findings {
  private Findings() {}

  /**
   * Fails unless {@code report} has no {@link Severity#ERROR} finding.
   *
   * @param report the report checked
   */
  public static void assertNoErrors(ValidationReport report) {
    List<Finding> errors =
        report.getFindings().stream().filter(f -> f.getSeverity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new AssertionError("expected no errors, found " + errors.size() + ":" + list(errors));
    }
  }

  /**
   * Fails unless {@code report} has exactly one finding, of {@code ruleId} at {@code path}.
   *
   * @param report the report checked
   * @param ruleId the rule id expected
   * @param path the JSON Pointer expected
   */
  public static void assertExactly(ValidationReport report, String ruleId, String path) {
    List<Finding> findings = report.getFindings();
    boolean matches =
        findings.size() == 1
            && findings.get(0).getRuleId().equals(ruleId)
            && findings.get(0).getPath().equals(path);
    if (!matches) {
      throw new AssertionError(
          "expected exactly one finding, " + ruleId + " at " + path + ", found " + findings.size()
              + ":" + list(findings));
    }
  }

  private static String list(List<Finding> findings) {
    return findings.stream()
        .map(f -> "\n  " + f.getSeverity() + " " + f.getRuleId() + " at " + f.getPath() + ": "
            + f.getMessage())
        .collect(Collectors.joining());
  }
}
