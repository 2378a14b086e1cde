package dev.jobdesc.render.text;

import dev.jobdesc.testkit.Samples;
import dev.jobdesc.testkit.DocumentFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The text rendering of each of the five samples. */
class TextRendererSamplesTest {
  private static final TextRenderer RENDERER = TextRenderer.create();
  private static final TextRenderer NARROW = TextRenderer.builder().width(40).build();

  static List<String> samples() {
    return Samples.FILE_NAMES;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyFactOfTheSampleIsInTheText(String fileName) {
    JobDocument document = Samples.read(fileName);
    for (TextRenderer renderer : List.of(RENDERER, NARROW)) {
      String text = TextLayout.unwrapped(renderer.render(document));
      List<String> missing =
          DocumentFacts.of(document, document.getLanguage()).stream()
              .filter(fact -> !text.contains(TextLayout.unwrapped(fact)))
              .toList();
      assertEquals(List.of(), missing, "facts missing at width " + renderer.getWidth());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "true, false, Artificial intelligence is used to screen, This posting is not for an existing vacancy.",
    "false, true, Artificial intelligence is not used to screen, This posting is for an existing vacancy.",
  })
  void theOntarioDisclosuresAreInTheText(boolean aiScreening, boolean existingVacancy, String ai, String vacancy) {
    JobDescription job = Samples.withOntarioDisclosures(aiScreening, existingVacancy);
    String text = TextLayout.unwrapped(NARROW.render(job));
    assertTrue(text.contains(ai) && text.contains(vacancy), text);
    List<String> missing =
        DocumentFacts.of(job, job.getLanguage()).stream()
            .filter(fact -> !text.contains(TextLayout.unwrapped(fact)))
            .toList();
    assertEquals(List.of(), missing);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyLineFitsTheWidthUnlessItIsOneWord(String fileName) {
    JobDocument document = Samples.read(fileName);
    assertEquals(List.of(), TextLayout.overlongLines(RENDERER.render(document), 80));
    assertEquals(List.of(), TextLayout.overlongLines(NARROW.render(document), 40));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyUnderlineIsAsWideAsItsHeading(String fileName) {
    JobDocument document = Samples.read(fileName);
    assertEquals(List.of(), TextLayout.mismatchedUnderlines(RENDERER.render(document)));
    assertEquals(List.of(), TextLayout.mismatchedUnderlines(NARROW.render(document)));
  }
}
