package dev.jobdesc.testkit;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * The seeds of property tests' cases, all derived from one run seed that is printed at the
 * start, so that any run can be repeated; reports name each case by its seed. Feed a JUnit
 * Jupiter parameterized test with them, and give each case its own generator:
 *
 * <pre>{@code
 * @ParameterizedTest(name = "case seed {0}")
 * @MethodSource(CaseSeeds.SOURCE)
 * void roundTrips(long seed) {
 *   JobDocument document = DocumentGenerator.withSeed(seed).document();
 *   assertEquals(document, read(write(document)), () -> CaseSeeds.replay(seed));
 * }
 * }</pre>
 *
 * <p>System properties:
 *
 * <ul>
 *   <li>{@code -Djobdesc.seed=N} fixes the run seed (default: a new one each run);
 *   <li>{@code -Djobdesc.cases=N} sets the number of cases per property (default 1000);
 *   <li>{@code -Djobdesc.case=N} runs only the case of seed {@code N}, as a failure names it.
 * </ul>
 *
 * @since 0.1
 */
public final class CaseSeeds {
  /** The {@code @MethodSource} of the property tests. */
  public static final String SOURCE = "dev.jobdesc.testkit.CaseSeeds#seeds";

  /** Cases per property unless {@code jobdesc.cases} says otherwise. */
  public static final int DEFAULT_CASES = 1000;

  private static final int CASES = Integer.getInteger("jobdesc.cases", DEFAULT_CASES);
  private static final long RUN_SEED = runSeed();

  private CaseSeeds() {}

  /** {@return one seed per case, or only {@code jobdesc.case} when it is set} */
  public static LongStream seeds() {
    Long only = Long.getLong("jobdesc.case");
    return only != null ? LongStream.of(only) : seeds(CASES);
  }

  /**
   * {@return {@code count} case seeds of this run, whatever the properties say}
   *
   * @param count how many seeds
   */
  public static LongStream seeds(int count) {
    return new SplittableRandom(RUN_SEED).longs(count);
  }

  /**
   * {@return what a failure message says so that its case can be replayed}
   *
   * @param caseSeed the seed of the failing case
   */
  public static String replay(long caseSeed) {
    return "case seed " + caseSeed + " (replay: -Djobdesc.case=" + caseSeed + ")";
  }

  private static long runSeed() {
    Long fixed = Long.getLong("jobdesc.seed");
    long seed = fixed != null ? fixed : new SecureRandom().nextLong();
    System.out.println(
        "jobdesc property tests: run seed " + seed + ", " + CASES + " cases per property"
            + " (repeat with -Djobdesc.seed=" + seed + ")");
    return seed;
  }
}
