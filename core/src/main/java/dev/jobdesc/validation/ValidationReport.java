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

  /**
   * A report of {@code findings}, in any order.
   *
   * @param findings the findings
   */
  public ValidationReport(List<Finding> findings) {
    this.findings = findings.stream().sorted(ORDER).toList();
  }

  /** {@return the findings, sorted by path then rule id} */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * {@return how many findings have {@code severity}}
   *
   * @param severity the severity counted
   */
  public int count(Severity severity) {
    return (int) findings.stream().filter(f -> f.getSeverity() == severity).count();
  }

  /**
   * {@return whether any finding is at least as serious as {@code threshold}}
   *
   * @param threshold the least serious severity that counts
   */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.getSeverity().isAtLeast(threshold));
  }

  /** {@return whether there are no findings at all} */
  public boolean isClean() {
    return findings.isEmpty();
  }

  @Override
  public String toString() {
    return count(Severity.ERROR) + " errors, " + count(Severity.WARNING) + " warnings, "
        + count(Severity.INFO) + " infos " + findings;
  }
}
