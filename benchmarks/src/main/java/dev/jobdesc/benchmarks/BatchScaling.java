package dev.jobdesc.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * P5: {@code ./jobdesc validate --threads N --no-progress FILE} on a small and a ten-times larger
 * {@code .jsonl} corpus (100,000 and 1,000,000 documents), with 1 and 2 threads, under
 * {@code JAVA_OPTS=-Xmx128m}: time grows linearly (ratio ≤ 11), the heap stays flat (the runs
 * pass in 128 MB) and both cores are used (2 threads ≥ 1.6 × 1 thread on the large corpus).
 * Exit status 0 or 1 (findings) counts as a pass; anything else, such as an
 * {@code OutOfMemoryError}, fails the target. Where {@code /usr/bin/time} exists (GNU time), each
 * run goes through it and the peak resident set size of the process is printed too.
 */
final class BatchScaling {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  private final Path root;
  private final Path small;
  private final Path large;
  private final int runs;

  BatchScaling(Path root, Path small, Path large, int runs) {
    this.root = root;
    this.small = small.toAbsolutePath();
    this.large = large.toAbsolutePath();
    this.runs = runs;
    for (Path file : List.of(this.small, this.large)) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such corpus file: " + file);
      }
    }
  }

  /** Runs the four cases and prints each time and the three ratios. */
  void run() throws IOException, InterruptedException {
    ProcessTimer timer = new ProcessTimer(root, Map.of("JAVA_OPTS", "-Xmx128m"));
    double small1 = time(timer, small, 1);
    double small2 = time(timer, small, 2);
    double large1 = time(timer, large, 1);
    double large2 = time(timer, large, 2);
    System.out.printf(Locale.ROOT, "P5 %s: 1 thread %.1f s, 2 threads %.1f s%n", small, small1 / 1e3, small2 / 1e3);
    System.out.printf(Locale.ROOT, "P5 %s: 1 thread %.1f s, 2 threads %.1f s%n", large, large1 / 1e3, large2 / 1e3);
    Report.line("P5 linear, 1 thread", large1 / small1, "≤ 11", large1 / small1 <= 11);
    Report.line("P5 linear, 2 threads", large2 / small2, "≤ 11", large2 / small2 <= 11);
    Report.line("P5 2 threads vs 1", large1 / large2, "≥ 1.6", large1 / large2 >= 1.6);
    System.out.println("P5 heap: every run passed with -Xmx128m (a failure stops with its exit status)");
  }

  private double time(ProcessTimer timer, Path file, int threads)
      throws IOException, InterruptedException {
    List<String> command =
        ProcessTimer.command(
            "./jobdesc", "validate", "--threads", Integer.toString(threads), "--no-progress",
            file.toString());
    if (!Files.isExecutable(GNU_TIME)) {
      return timer.medianMillis(command, 0, runs, 0, 1);
    }
    Path rss = Files.createTempFile("jobdesc-p5-rss", ".txt");
    try {
      command.addAll(0, List.of(GNU_TIME.toString(), "-f", "%M", "-a", "-o", rss.toString()));
      double millis = timer.medianMillis(command, 0, runs, 0, 1);
      long peakKib =
          Files.readAllLines(rss).stream()
              .filter(line -> line.matches("\\d+"))
              .mapToLong(Long::parseLong)
              .max()
              .orElseThrow(() -> new IllegalStateException(GNU_TIME + " wrote no size"));
      System.out.printf(
          Locale.ROOT, "P5 %s, %d thread(s): %.1f s, peak RSS %d MiB%n",
          file.getFileName(), threads, millis / 1e3, peakKib / 1024);
      return millis;
    } finally {
      Files.deleteIfExists(rss);
    }
  }
}
