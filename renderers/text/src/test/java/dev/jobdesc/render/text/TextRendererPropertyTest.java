package dev.jobdesc.render.text;

import dev.jobdesc.testkit.UnsafeCharacters;
import dev.jobdesc.testkit.CaseSeeds;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.testkit.DocumentGenerator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text renderer on generated documents: every language and script, text at its length limits,
 * lists up to 500 items, markup and control-like characters in the data.
 */
class TextRendererPropertyTest {
  private static final int WIDTH = 60;
  private static final TextRenderer RENDERER = TextRenderer.builder().width(WIDTH).build();

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void anyDocumentRendersSafelyWithinTheWidth(long seed) {
    JobDocument document = DocumentGenerator.withSeed(seed).document();
    String text = assertDoesNotThrow(() -> RENDERER.render(document), CaseSeeds.replay(seed));
    assertEquals("", UnsafeCharacters.in(text), CaseSeeds.replay(seed));
    assertEquals(List.of(), TextLayout.overlongLines(text, WIDTH), CaseSeeds.replay(seed));
    assertEquals(List.of(), TextLayout.mismatchedUnderlines(text), CaseSeeds.replay(seed));
  }
}
