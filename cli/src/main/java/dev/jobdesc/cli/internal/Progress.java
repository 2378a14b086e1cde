package dev.jobdesc.cli.internal;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a batch on standard error (me.tongfei progressbar): documents done, rate,
 * and the time left when the total is known; or nothing at all. Close it before the summary line,
 * which then follows the finished bar.
 *
 * @since 0.1
 */
public final class Progress implements AutoCloseable {
  private final ProgressBar bar;
  private final PrintWriter err;
  private final String blank;
  private long done;

  private Progress(ProgressBar bar, PrintWriter err, int width) {
    this.bar = bar;
    this.err = err;
    this.blank = "\r" + " ".repeat(width) + "\r";
  }

  /** No progress bar: messages go straight to {@code err}. */
  public static Progress none(PrintWriter err) {
    return new Progress(null, err, 0);
  }

  /**
   * A bar named {@code task} on {@code err}, {@code width} columns wide, out of {@code total}
   * documents when known.
   */
  public static Progress bar(String task, PrintWriter err, int width, OptionalLong total) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total.orElse(-1)) // -1: unknown, an indefinite bar without an ETA
            .setStyle(ProgressBarStyle.ASCII) // any terminal and font shows it
            .setUnit(" docs", 1)
            .showSpeed()
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setUpdateIntervalMillis(250)
            .setConsumer(
                new DelegatingProgressBarConsumer(
                    line -> {
                      // The bar's own thread redraws it: over itself, from the line's start.
                      synchronized (err) {
                        err.print('\r' + line);
                        err.flush();
                      }
                    },
                    width))
            .build();
    return new Progress(bar, err, width);
  }

  /**
   * Prints {@code message} as a line of its own on standard error: with a bar, over the bar, which
   * its next redraw puts back below.
   */
  public void println(String message) {
    synchronized (err) {
      if (bar != null) {
        err.print(blank);
      }
      err.println(message);
      err.flush();
    }
  }

  /** One more document done. */
  public void step() {
    if (bar != null) {
      done++;
      bar.step();
    }
  }

  /** Draws the bar finished (the total corrected to the documents done) and ends its line. */
  @Override
  public void close() {
    if (bar == null) {
      return;
    }
    bar.maxHint(done); // the estimate counts blank lines of .jsonl and unreadable paths' none
    bar.close();
    synchronized (err) {
      err.println();
      err.flush();
    }
  }
}
