package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** One run of the command line in this JVM: its exit status and what it printed. */
record CliRun(int status, String out, String err) {

  /** Runs {@code args} with empty standard input. */
  static CliRun of(String... args) {
    return withStdin("", args);
  }

  /** Runs {@code args} with {@code stdin} as standard input. */
  static CliRun withStdin(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        JobdescCommand.run(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    CliRun run =
        new CliRun(
            status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    run.assertNoStackTrace();
    return run;
  }

  /** Standard output, line by line. */
  List<String> outLines() {
    return out.lines().toList();
  }

  /** The last line of standard output. */
  String lastLine() {
    List<String> lines = outLines();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  /** Whatever the input, jobdesc never shows a Java stack trace. */
  private void assertNoStackTrace() {
    String all = out + err;
    assertFalse(STACK_TRACE.matcher(all).find(), () -> "stack trace in:\n" + all);
  }

  /**
   * A Java class name ending in Exception or Error as Java prints one, qualified
   * ({@code java.io.IOException}) or before its message ({@code IllegalStateException:}), or a
   * stack frame line; not words such as "Exceptional", nor a SARIF rule name such as
   * {@code InternalError}.
   */
  private static final Pattern STACK_TRACE =
      Pattern.compile(
          "\\b[a-z][\\w$]*(\\.[\\w$]+)*\\.[A-Z][\\w$]*(Exception|Error)\\b"
              + "|\\b[A-Z]\\w*(Exception|Error):|\\tat [\\w$.]+\\(");
}
