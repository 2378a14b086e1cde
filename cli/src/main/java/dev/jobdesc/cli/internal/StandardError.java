package dev.jobdesc.cli.internal;

import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/**
 * Whether standard error is a terminal, and how wide, as jline finds out (on Unix-likes it runs
 * {@code test -t 2} and {@code stty} on the very descriptor). {@link System#console()} cannot
 * tell: it describes standard input and output, never standard error. Checked on JDK 17 and 25:
 * in a terminal with only standard error redirected, {@code System.console()} is non-null and
 * (JDK 25) {@code Console.isTerminal()} true, so a bar would be written into the file; and on JDK
 * 22, whose default console is jline's, {@code System.console()} is non-null even when nothing is
 * a terminal.
 *
 * @since 0.1
 */
public final class StandardError {
  /** The width of a bar when the terminal does not say. */
  public static final int DEFAULT_WIDTH = 100;

  private StandardError() {}

  /** Whether standard error is a terminal; false when that cannot be found out. */
  public static boolean isTerminal() {
    try {
      return new ExecTerminalProvider().isSystemStream(SystemStream.Error);
    } catch (RuntimeException | LinkageError e) {
      return false; // no way to ask (no shell tools): no bar unless --progress asks for one
    }
  }

  /** The width of the terminal of standard error, or {@link #DEFAULT_WIDTH}. */
  public static int width() {
    try {
      int width = new ExecTerminalProvider().systemStreamWidth(SystemStream.Error);
      return width > 0 ? width : DEFAULT_WIDTH;
    } catch (RuntimeException | LinkageError e) {
      return DEFAULT_WIDTH;
    }
  }
}
