package dev.jobdesc.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.testkit.RenderingProperties;
import dev.jobdesc.testkit.UnsafeCharacters;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/**
 * R1 (quality.md): the text of 10,000 documents with hostile text in every field renders without
 * failing, and holds no control character (but line feeds), no bidi override or isolate and no
 * lone surrogate (as {@link UnsafeCharacters} defines them): nothing a document says can drive the terminal or e-mail client showing it.
 */
class HostileTextPropertyTest {
  @Test
  void nothingUnsafeReachesTheText() {
    long runSeed = Long.getLong("jobdesc.seed", new SecureRandom().nextLong());
    System.out.println("text hostile-text run seed " + runSeed + " (repeat with -Djobdesc.seed=" + runSeed + ")");
    TextRenderer renderer = TextRenderer.builder().build();
    RenderingProperties.assertForHostileDocuments(
        runSeed,
        10_000,
        document -> {
          String unsafe = UnsafeCharacters.in(renderer.render(document));
          assertEquals("", unsafe, () -> "unsafe characters: " + unsafe);
        });
  }
}
