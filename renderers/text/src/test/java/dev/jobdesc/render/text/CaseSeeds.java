package dev.jobdesc.render.text;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * The seeds of the property tests' cases, all derived from one run seed that is printed at the
 * start, so that any run can be repeated; the reports name each case by its seed. The same
 * convention and system properties as the testkit's own property tests:
 *
 * <ul>
 *   <li>{@code -Djobdesc.seed=N} fixes the run seed (default: a new one each run);
 *   <li>{@code -Djobdesc.cases=N} sets the number of cases per property (default 1000);
 *   <li>{@code -Djobdesc.case=N} runs only the case of seed {@code N}, as a failure names it.
 * </ul>
 */
final class CaseSeeds {
  /** The {@code @MethodSource} of the property tests. */
  static final String SOURCE = "dev.jobdesc.render.text.CaseSeeds#seeds";

  private static final int CASES = Integer.getInteger("jobdesc.cases", 1000);
  private static final long RUN_SEED = runSeed();

  private CaseSeeds() {}

  /** One seed per case, or only {@code jobdesc.case} when it is set. */
  static LongStream seeds() {
    Long only = Long.getLong("jobdesc.case");
    return only != null ? LongStream.of(only) : new SplittableRandom(RUN_SEED).longs(CASES);
  }

  /** What a failure message says so that its case can be replayed. */
  static String replay(long caseSeed) {
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
