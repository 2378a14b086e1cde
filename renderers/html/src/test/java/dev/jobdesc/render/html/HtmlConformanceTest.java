package dev.jobdesc.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDocument;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page and fragment the renderer makes conforms to HTML: zero errors from the Nu Html
 * Checker, on the samples and on generated documents in every language the testkit writes.
 * (Pages with hostile text are checked in {@link HostileTextTest}.)
 */
class HtmlConformanceTest {
  private static final HtmlRenderer PAGE = HtmlRenderer.builder().build();
  private static final HtmlRenderer FRAGMENT = HtmlRenderer.builder().fragment(true).build();

  static List<String> samples() {
    return TestDocuments.sampleNames();
  }

  static LongStream seeds() {
    return TestDocuments.seeds();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void samplePageConforms(String sample) throws Exception {
    assertConforms(PAGE.render(TestDocuments.sample(sample)), sample);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleFragmentConformsInAHostPage(String sample) throws Exception {
    String fragment = FRAGMENT.render(TestDocuments.sample(sample));
    assertConforms(NuHtmlChecker.inHostPage(fragment), sample + " (fragment)");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedPageConforms(long seed) throws Exception {
    JobDocument document = TestDocuments.generated(seed);
    assertConforms(PAGE.render(document), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedFragmentConformsInAHostPage(long seed) throws Exception {
    String fragment = FRAGMENT.render(TestDocuments.generated(seed));
    assertConforms(NuHtmlChecker.inHostPage(fragment), "seed " + seed + " (fragment)");
  }

  static void assertConforms(String html, String what) throws Exception {
    List<String> errors = NuHtmlChecker.shared().errors(html);
    assertEquals(List.of(), errors, () -> what + ": the Nu Html Checker found errors");
  }
}
