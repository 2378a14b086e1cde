package dev.jobdesc.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Times whole processes: wall time from start to exit, output discarded, over repeated runs,
 * reporting the median. A run that exits with a status other than the expected one stops the
 * measurement, so a failing command is never timed as a fast one.
 */
final class ProcessTimer {
  private final Path directory;
  private final Map<String, String> environment;

  ProcessTimer(Path directory, Map<String, String> environment) {
    this.directory = directory;
    this.environment = environment;
  }

  /** The median wall time in milliseconds of {@code runs} runs, after {@code warmups} untimed. */
  double medianMillis(List<String> command, int warmups, int runs, int... allowedStatus)
      throws IOException, InterruptedException {
    for (int i = 0; i < warmups; i++) {
      runOnce(command, allowedStatus);
    }
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      times[i] = runOnce(command, allowedStatus);
    }
    return median(times);
  }

  /** One run's wall time in milliseconds. */
  double runOnce(List<String> command, int... allowedStatus)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().putAll(environment);
    long start = System.nanoTime();
    int status = builder.start().waitFor();
    double millis = (System.nanoTime() - start) / 1e6;
    if (Arrays.stream(allowedStatus).noneMatch(s -> s == status)) {
      throw new IllegalStateException(
          "exit status " + status + " of " + String.join(" ", command) + " in " + directory);
    }
    return millis;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** The {@code java} that {@code ./jobdesc} runs: {@code $JAVA_HOME/bin/java}, else the PATH's. */
  static String java() {
    String home = System.getenv("JAVA_HOME");
    return home == null || home.isEmpty() ? "java" : home + "/bin/java";
  }

  static List<String> command(String... words) {
    return new ArrayList<>(List.of(words));
  }
}
