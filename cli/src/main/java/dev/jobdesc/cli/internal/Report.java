package dev.jobdesc.cli.internal;

/**
 * A validation report, printed as the batch goes: each document as soon as it is checked, the
 * counts at the end.
 *
 * @since 0.1
 */
public interface Report {

  /** Prints {@code document} and its findings. */
  void add(CheckedDocument document);

  /** Prints the counts of the batch and ends the report. */
  void finish(Tally tally);
}
