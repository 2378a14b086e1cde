package dev.jobdesc.cli.internal;

import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import java.util.EnumMap;
import java.util.Map;

/**
 * The running counts of a batch: documents, and findings per severity. Counts, never the findings
 * themselves, so that a batch of any size runs in the same memory.
 *
 * @since 0.1
 */
public final class Tally {
  private final Map<Severity, Long> findings = new EnumMap<>(Severity.class);
  private long documents;

  /** Counts {@code document} and its findings. */
  public void add(CheckedDocument document) {
    documents++;
    for (Finding finding : document.findings()) {
      findings.merge(finding.getSeverity(), 1L, Long::sum);
    }
  }

  /** How many documents were counted. */
  public long documents() {
    return documents;
  }

  /** How many findings have {@code severity}. */
  public long count(Severity severity) {
    return findings.getOrDefault(severity, 0L);
  }

  /** Whether any finding is at least as serious as {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.keySet().stream().anyMatch(severity -> severity.isAtLeast(threshold));
  }

  /** {@code N documents, E errors, W warnings, I infos}: the text report's last line. */
  public String summaryLine() {
    return documents
        + " documents, "
        + count(Severity.ERROR)
        + " errors, "
        + count(Severity.WARNING)
        + " warnings, "
        + count(Severity.INFO)
        + " infos";
  }
}
