package dev.jobdesc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.benchmarks.page.HandWrittenPage;
import dev.jobdesc.benchmarks.page.JtePage;
import dev.jobdesc.benchmarks.pojo.PojoJobDescription;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.html.HtmlRenderer;
import dev.jobdesc.testkit.CaseSeeds;
import dev.jobdesc.testkit.DocumentGenerator;
import dev.jobdesc.testkit.Samples;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The baselines are honest: the hand-written and the jte page are byte for byte the renderer's
 * page, and the POJO mirror binds the bytes the library reads, with the same values.
 */
class BaselinesTest {
  private static final HtmlRenderer RENDERER = Fixtures.page();
  private static final HandWrittenPage HAND_WRITTEN = new HandWrittenPage();
  private static final JtePage JTE = new JtePage();

  static Stream<String> samples() {
    return Samples.FILE_NAMES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void bothBaselinesWriteTheRenderersPageOfEverySample(String sample) {
    assertSamePages(Samples.read(sample));
  }

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource("generatedSeeds")
  void bothBaselinesWriteTheRenderersPageOfGeneratedDocuments(long seed) {
    assertSamePages(DocumentGenerator.withSeed(seed).document());
  }

  /** Markup, controls, lone surrogates, bidi controls and links of every kind in the text. */
  @ParameterizedTest(name = "case seed {0}")
  @MethodSource("generatedSeeds")
  void bothBaselinesWriteTheRenderersPageOfHostileDocuments(long seed) {
    assertSamePages(DocumentGenerator.withSeed(seed).hostile().document());
  }

  static Stream<Long> generatedSeeds() {
    return CaseSeeds.seeds(200).boxed();
  }

  private static void assertSamePages(JobDocument document) {
    String page = RENDERER.render(document);
    assertSame("hand-written", page, HAND_WRITTEN.render(document));
    assertSame("jte", page, JTE.render(document));
  }

  /** Equal pages, or a message showing where they part: 50 KB of HTML in full helps nobody. */
  private static void assertSame(String baseline, String expected, String actual) {
    int at = 0;
    while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
      at++;
    }
    if (at < expected.length() || at < actual.length()) {
      int from = Math.max(0, at - 80);
      assertEquals(
          expected.substring(from, Math.min(expected.length(), at + 80)),
          actual.substring(from, Math.min(actual.length(), at + 80)),
          "the " + baseline + " page differs from the renderer's at char " + at + ": U+"
              + (at < expected.length() ? Integer.toHexString(expected.codePointAt(at)) : "end") + " vs U+"
              + (at < actual.length() ? Integer.toHexString(actual.codePointAt(at)) : "end"));
    }
  }

  @Test
  void thePojoMirrorBindsTheLargestSampleWithTheModelsValues() throws IOException {
    JobDescription model = (JobDescription) Fixtures.largest();
    PojoJobDescription pojo =
        ReadValidateBenchmark.pojoMapper().readValue(Fixtures.largestJson(), PojoJobDescription.class);
    assertEquals(model.getRole().getTitle(), pojo.role.title);
    assertEquals(model.getResponsibilities().size(), pojo.responsibilities.size());
    assertEquals(model.getResponsibilities().get(3).getText(), pojo.responsibilities.get(3).text);
    assertEquals(model.getRole().getFaqs().size(), pojo.role.faqs.size());
    assertEquals(model.getPay().orElseThrow().getMinimum().orElseThrow(), pojo.pay.minimum);
    assertEquals(new BigDecimal("35000"), pojo.pay.minimum);
    assertEquals(model.getLanguage(), pojo.language);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void thePojoMirrorBindsEveryJobDescriptionSample(String sample) throws IOException {
    JobDocument document = Samples.read(sample);
    if (document instanceof JobDescription job) {
      byte[] json = DocumentWriter.standard().write(job, Format.JSON).getBytes(StandardCharsets.UTF_8);
      PojoJobDescription pojo =
          ReadValidateBenchmark.pojoMapper().readValue(json, PojoJobDescription.class);
      assertEquals(job.getQualifications().size(), pojo.qualifications.size());
      assertEquals(job.getBenefits().size(), pojo.benefits == null ? 0 : pojo.benefits.size());
    }
  }
}
