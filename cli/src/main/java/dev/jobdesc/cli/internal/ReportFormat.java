package dev.jobdesc.cli.internal;

import dev.jobdesc.validation.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The report formats of {@code validate --report}.
 *
 * @since 0.1
 */
public enum ReportFormat {
  /** One line per finding, then the counts: see {@link TextReport}. */
  TEXT {
    @Override
    public Report open(PrintWriter out, Validator validator) {
      return new TextReport(out);
    }
  },
  /** One JSON object: see {@link JsonReport}. */
  JSON {
    @Override
    public Report open(PrintWriter out, Validator validator) {
      return new JsonReport(out);
    }
  },
  /** One SARIF 2.1.0 log, for code scanning: see {@link SarifReport}. */
  SARIF {
    @Override
    public Report open(PrintWriter out, Validator validator) {
      return new SarifReport(out, validator.getRules(), ProjectVersion.number(), Path.of(""));
    }
  };

  /** A report of this format printing to {@code out} the findings of {@code validator}. */
  public abstract Report open(PrintWriter out, Validator validator);
}
