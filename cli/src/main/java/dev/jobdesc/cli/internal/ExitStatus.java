package dev.jobdesc.cli.internal;

/**
 * The exit statuses of cli.md, which CI pipelines act on.
 *
 * @since 0.1
 */
public final class ExitStatus {
  /** Nothing at or above the failing threshold (validate), or the work was done. */
  public static final int OK = 0;

  /** A finding at or above the failing threshold, or a document that could not be read. */
  public static final int FINDINGS = 1;

  /** A usage error, or a path that could not be read or written. */
  public static final int USAGE = 2;

  private ExitStatus() {}
}
