package dev.jobdesc.render.markdown;

import dev.jobdesc.testkit.UnsafeCharacters;
import dev.jobdesc.testkit.CaseSeeds;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.testkit.DocumentGenerator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown renderer on generated documents (every language and script, text at its length
 * limits, lists up to 500 items, markup-like words in the data): it never fails, and commonmark-java
 * reads back exactly the outline's text in the renderer's own structure.
 */
class MarkdownRendererPropertyTest {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.create();

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void anyDocumentParsesBackToItsText(long seed) {
    JobDocument document = DocumentGenerator.withSeed(seed).document();
    String markdown = assertDoesNotThrow(() -> RENDERER.render(document), CaseSeeds.replay(seed));
    Outline outline = Outline.of(document, RenderSettings.defaults());
    MarkdownTree tree = MarkdownTree.parse(markdown);
    assertAll(
        CaseSeeds.replay(seed),
        () -> assertEquals(List.of(), tree.foreignNodes()),
        () -> assertEquals(OutlineText.blockTexts(outline), tree.blockTexts()),
        () -> assertEquals(OutlineText.headingCount(outline), tree.headingLevels().size()),
        () -> assertEquals(OutlineText.links(outline), tree.linkDestinations()),
        () -> assertEquals("", UnsafeCharacters.in(markdown)));
  }
}
