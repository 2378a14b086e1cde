package dev.jobdesc.render.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.JobDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Render throughput of page and fragment on the largest sample: a plain warm loop, not JMH, so
 * the figures are rough (on a busy 2-core machine they varied 3-fold between runs). Off by
 * default; run it with {@code ./mvnw -q -pl renderers/html -am verify -Djobdesc.benchmark=true
 * -Dtest=RenderThroughputTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "jobdesc.benchmark", matches = "true")
class RenderThroughputTest {
  private static final long WARM_UP_NANOS = 5_000_000_000L;
  private static final long MEASURE_NANOS = 5_000_000_000L;

  /**
   * Both are warmed up before either is measured, then measured three times in turn, so that
   * neither gains from the other's JIT work.
   */
  @Test
  void pageAndFragmentOfTheLargestSample() {
    String name = TestDocuments.largestSampleName();
    JobDocument document = TestDocuments.sample(name);
    HtmlRenderer page = HtmlRenderer.builder().build();
    HtmlRenderer fragment = HtmlRenderer.builder().fragment(true).build();
    loop(page, document, WARM_UP_NANOS);
    loop(fragment, document, WARM_UP_NANOS);
    for (int round = 1; round <= 3; round++) {
      measure(name + ", page, round " + round, page, document);
      measure(name + ", fragment, round " + round, fragment, document);
    }
  }

  private static void measure(String what, HtmlRenderer renderer, JobDocument document) {
    long start = System.nanoTime();
    long[] countAndChars = loop(renderer, document, MEASURE_NANOS);
    double seconds = (System.nanoTime() - start) / 1e9;
    double perSecond = countAndChars[0] / seconds;
    System.out.printf(
        "%s: %,.0f documents/s (%,d characters each, %.1f MB/s of HTML)%n",
        what, perSecond, countAndChars[1] / countAndChars[0], perSecond * countAndChars[1] / countAndChars[0] / 1e6);
    assertTrue(perSecond > 0);
  }

  /** Renders until {@code nanos} pass; the characters are summed so no render can be elided. */
  private static long[] loop(HtmlRenderer renderer, JobDocument document, long nanos) {
    long end = System.nanoTime() + nanos;
    long count = 0;
    long characters = 0;
    while (System.nanoTime() < end) {
      characters += renderer.render(document).length();
      count++;
    }
    return new long[] {count, characters};
  }
}
