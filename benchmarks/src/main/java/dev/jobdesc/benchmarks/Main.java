package dev.jobdesc.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the speed targets and prints each as a ratio against its same-run baseline. Run it in the
 * repository's root (README.md has the command):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [jmh|p4|all] [--forks N] [--runs N] [--prof NAME]
 * java -jar benchmarks/target/benchmarks.jar all SMALL.jsonl LARGE.jsonl [options]
 * java -jar benchmarks/target/benchmarks.jar p5 SMALL.jsonl LARGE.jsonl [--runs N]
 * </pre>
 *
 * <p>{@code all} (the default) is the JMH benchmarks of P1–P3 and the process timings of P4, and
 * P5 too when it is given the two corpus files.
 * {@code --forks} is JMH's (default 2), {@code --runs} the number of timed processes (default 10
 * for P4, 1 for P5), {@code --prof} a JMH profiler such as {@code gc} or {@code stack}.
 */
public final class Main {
  private static final String PAGE = PageBenchmark.class.getName() + ".";
  private static final String READ = ReadValidateBenchmark.class.getName() + ".";

  private Main() {}

  /**
   * Runs what the arguments say; see the class comment.
   *
   * @param args the mode, its files and the options
   * @throws Exception when a benchmark or a timed process fails
   */
  public static void main(String[] args) throws Exception {
    List<String> words = new ArrayList<>();
    int forks = 2;
    Integer runs = null;
    List<String> profilers = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--forks" -> forks = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--prof" -> profilers.add(args[++i]);
        default -> words.add(args[i]);
      }
    }
    String mode = words.isEmpty() ? "all" : words.get(0);
    Path root = Path.of("").toAbsolutePath();
    // Arguments and corpus files are checked before anything runs, not after minutes of JMH.
    if (words.size() > 1 && !mode.equals("all") && !mode.equals("p5")) {
      throw new IllegalArgumentException(mode + " takes no files; all or p5 take two corpus files");
    }
    BatchScaling batch =
        words.size() > 1 ? batchScaling(root, words, runs == null ? 1 : runs) : null;
    switch (mode) {
      case "all", "jmh", "p4" -> {
        Map<String, Double> scores = mode.equals("p4") ? Map.of() : jmh(forks, profilers);
        ColdStart.Result cold =
            mode.equals("jmh") ? null : new ColdStart(root, runs == null ? 10 : runs).measure();
        System.out.println();
        System.out.printf(
            Locale.ROOT, "# jobdesc speed targets, JDK %s, %d cores%n",
            System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        if (!scores.isEmpty()) {
          printJmh(scores);
        }
        if (cold != null) {
          printColdStart(cold);
        }
        if (batch != null) {
          batch.run();
        }
      }
      case "p5" -> {
        if (batch == null) {
          throw new IllegalArgumentException("p5 takes two corpus files: SMALL.jsonl LARGE.jsonl");
        }
        batch.run();
      }
      default -> throw new IllegalArgumentException("unknown mode " + mode + ": all, jmh, p4 or p5");
    }
  }

  private static Map<String, Double> jmh(int forks, List<String> profilers) throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include("^" + PAGE.replace(".", "\\.") + ".*")
            .include("^" + READ.replace(".", "\\.") + ".*")
            .forks(forks)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .shouldFailOnError(true);
    for (String profiler : profilers) {
      options.addProfiler(profiler);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Double> scores = new HashMap<>();
    for (RunResult result : results) {
      scores.put(result.getParams().getBenchmark(), result.getPrimaryResult().getScore());
    }
    return scores;
  }

  /** P5 over the two corpus files that follow the mode word, checked to exist. */
  private static BatchScaling batchScaling(Path root, List<String> words, int runs) {
    if (words.size() != 3) {
      throw new IllegalArgumentException(words.get(0) + " takes two corpus files: SMALL.jsonl LARGE.jsonl");
    }
    return new BatchScaling(root, Path.of(words.get(1)), Path.of(words.get(2)), runs);
  }

  private static void printJmh(Map<String, Double> s) {
    double renderer = s.get(PAGE + "renderer");
    double handWritten = s.get(PAGE + "handWritten");
    double jte = s.get(PAGE + "jte");
    double readModel = s.get(READ + "readModel");
    double readPojo = s.get(READ + "readPojo");
    double validate = s.get(READ + "validateAllProfiles");
    System.out.printf(
        Locale.ROOT,
        "times (µs/op): renderer %.1f, hand-written %.1f, jte %.1f; read model %.1f, read POJO %.1f,"
            + " validate all profiles %.1f%n",
        renderer, handWritten, jte, readModel, readPojo, validate);
    // Speed ratios: the baseline's time over ours, so that above 1 is faster than the baseline.
    Report.line("P1a vs hand-written", handWritten / renderer, "≥ 0.8", handWritten / renderer >= 0.8);
    Report.line("P1b vs jte", jte / renderer, "≥ 1.0", jte / renderer >= 1.0);
    // A cost ratio: validation's time over reading's.
    Report.line("P2 validate / read", validate / readModel, "≤ 1", validate <= readModel);
    Report.line("P3 vs POJO read", readPojo / readModel, "≥ 0.8", readPojo / readModel >= 0.8);
  }

  private static void printColdStart(ColdStart.Result cold) {
    System.out.printf(
        Locale.ROOT, "process medians (ms): floor %.0f, validate %.0f, render %.0f%n",
        cold.floor(), cold.validate(), cold.render());
    Report.line("P4 validate / floor", cold.validate() / cold.floor(), "≤ 4", cold.validate() <= 4 * cold.floor());
    Report.line("P4 render / floor", cold.render() / cold.floor(), "≤ 4", cold.render() <= 4 * cold.floor());
    System.out.printf(
        Locale.ROOT,
        "with an AppCDS archive of a validate run (not what ./jobdesc does): validate %.0f ms (%.2f×),"
            + " render %.0f ms (%.2f×)%n",
        cold.validateCds(), cold.validateCds() / cold.floor(),
        cold.renderCds(), cold.renderCds() / cold.floor());
  }
}
