package dev.jobdesc.cli.internal;

import java.io.PrintWriter;

/**
 * The report formats of {@code validate --report}.
 *
 * @since 0.1
 */
public enum ReportFormat {
  /** One line per finding, then the counts: see {@link TextReport}. */
  TEXT {
    @Override
    public Report open(PrintWriter out) {
      return new TextReport(out);
    }
  },
  /** One JSON object: see {@link JsonReport}. */
  JSON {
    @Override
    public Report open(PrintWriter out) {
      return new JsonReport(out);
    }
  };

  /** A report of this format printing to {@code out}. */
  public abstract Report open(PrintWriter out);
}
