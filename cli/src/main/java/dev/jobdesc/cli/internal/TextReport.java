package dev.jobdesc.cli.internal;

import dev.jobdesc.validation.Finding;
import java.io.PrintWriter;

/**
 * The text report: one line per finding, {@code FILE:LINE:COL: SEVERITY RULE-ID MESSAGE [PATH]},
 * then {@code N documents, E errors, W warnings, I infos}. {@code LINE:COL} is {@code 0:0} when
 * the position is unknown; in a {@code .jsonl} file it counts lines from the top of the file, so
 * editors and CI annotations jump to the right place.
 *
 * @since 0.1
 */
public final class TextReport implements Report {
  private final PrintWriter out;

  /** A report printing to {@code out}. */
  public TextReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void add(CheckedDocument document) {
    for (Finding finding : document.findings()) {
      out.println(line(document.file(), finding));
    }
  }

  @Override
  public void finish(Tally tally) {
    out.println(tally.summaryLine());
  }

  /** The report line of {@code finding} in {@code file}. */
  public static String line(String file, Finding finding) {
    String line =
        file
            + ":"
            + finding.getLine().orElse(0)
            + ":"
            + finding.getColumn().orElse(0)
            + ": "
            + finding.getSeverity()
            + " "
            + finding.getRuleId()
            + " "
            + finding.getMessage()
            + " ["
            + finding.getPath()
            + "]";
    // Documents are untrusted: nothing of theirs may break the line or drive the terminal.
    return PlainText.withoutControls(line);
  }
}
