package dev.jobdesc.validation;

import java.util.Comparator;
import java.util.List;

/**
 * The findings of one document, sorted by path then rule id, with their counts per severity.
 *
 * @since 0.1
 */
public final class ValidationReport {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::getPath)
          .thenComparing(Finding::getRuleId)
          .thenComparing(Finding::getMessage);

  private final List<Finding> findings;

  /** A report of {@code findings}, in any order. */
  public ValidationReport(List<Finding> findings) {
    this.findings = findings.stream().sorted(ORDER).toList();
  }

  /** The findings, sorted by path then rule id. */
  public List<Finding> getFindings() {
    return findings;
  }

  /** How many findings have {@code severity}. */
  public int count(Severity severity) {
    return (int) findings.stream().filter(f -> f.getSeverity() == severity).count();
  }

  /** Whether any finding is at least as serious as {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.getSeverity().isAtLeast(threshold));
  }

  /** Whether there are no findings at all. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  @Override
  public String toString() {
    return count(Severity.ERROR) + " errors, " + count(Severity.WARNING) + " warnings, "
        + count(Severity.INFO) + " infos " + findings;
  }
}
