package dev.jobdesc.render.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.testkit.RenderingProperties;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * R1 (quality.md): the text of 10,000 documents with hostile text in every field renders without
 * failing, and holds no control character (but line feeds), no bidi override or isolate and no
 * lone surrogate: nothing a document says can drive the terminal or e-mail client showing it.
 */
class HostileTextPropertyTest {
  private static final Pattern UNSAFE =
      Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]|\\p{Cs}");

  @Test
  void nothingUnsafeReachesTheText() {
    long runSeed = Long.getLong("jobdesc.seed", new SecureRandom().nextLong());
    System.out.println("text hostile-text run seed " + runSeed + " (repeat with -Djobdesc.seed=" + runSeed + ")");
    TextRenderer renderer = TextRenderer.builder().build();
    RenderingProperties.assertForHostileDocuments(
        runSeed,
        10_000,
        document -> {
          String text = renderer.render(document);
          var unsafe = UNSAFE.matcher(text);
          assertTrue(!unsafe.find(), () -> "unsafe character U+" + Integer.toHexString(text.charAt(unsafe.start())));
        });
  }
}
