package dev.jobdesc.validation;

/**
 * How serious a finding is, most serious first.
 *
 * @since 0.1
 */
public enum Severity {
  /** The document is wrong: it must not pass. */
  ERROR,
  /** Probably wrong or missing something that matters. */
  WARNING,
  /** A hint. */
  INFO;

  /**
   * {@return whether this severity is at least as serious as {@code threshold}}
   *
   * @param threshold the severity compared with
   */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }
}
