package dev.jobdesc.render.markdown;

import dev.jobdesc.testkit.Samples;
import dev.jobdesc.testkit.DocumentFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.RenderSettings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Markdown rendering of each of the five samples, read back by commonmark-java. */
class MarkdownRendererSamplesTest {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.create();

  static List<String> samples() {
    return Samples.FILE_NAMES;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyFactOfTheSampleIsInTheParsedText(String fileName) {
    JobDocument document = Samples.read(fileName);
    String text = String.join("\n", MarkdownTree.parse(RENDERER.render(document)).blockTexts());
    List<String> missing =
        DocumentFacts.of(document, document.getLanguage()).stream()
            .filter(fact -> !text.contains(OutlineText.normalized(fact)))
            .toList();
    assertEquals(List.of(), missing);
  }

  /** The statements of Ontario's disclosures are among the facts, each in its words. */
  @ParameterizedTest
  @CsvSource({"true, false", "false, true"})
  void theOntarioDisclosuresAreInTheParsedText(boolean aiScreening, boolean existingVacancy) {
    JobDescription job = Samples.withOntarioDisclosures(aiScreening, existingVacancy);
    String text = String.join("\n", MarkdownTree.parse(RENDERER.render(job)).blockTexts());
    List<String> missing =
        DocumentFacts.of(job, job.getLanguage()).stream()
            .filter(fact -> !text.contains(OutlineText.normalized(fact)))
            .toList();
    assertEquals(List.of(), missing);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theParsedTextIsTheOutlinesTextInTheRenderersOwnStructure(String fileName) {
    JobDocument document = Samples.read(fileName);
    MarkdownTree tree = MarkdownTree.parse(RENDERER.render(document));
    Outline outline = Outline.of(document, RenderSettings.defaults());
    assertEquals(List.of(), tree.foreignNodes());
    assertEquals(OutlineText.blockTexts(outline), tree.blockTexts());
    assertEquals(OutlineText.links(outline), tree.linkDestinations());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void headingsGoOneLevelAtATimeFromOneTitle(String fileName) {
    List<Integer> levels = MarkdownTree.parse(RENDERER.render(Samples.read(fileName))).headingLevels();
    assertEquals(1, levels.get(0));
    assertEquals(1, levels.stream().filter(level -> level == 1).count());
    for (int i = 1; i < levels.size(); i++) {
      assertEquals(true, levels.get(i) <= levels.get(i - 1) + 1, "heading " + i + " jumps: " + levels);
    }
  }
}
