package dev.jobdesc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SafeTextTest {
  @Test
  void textWithNothingUnsafeIsReturnedAsItIs() {
    String text = "Café 🙂 שָׁלוֹם\u200F 支援\ttab\nnext <b>&amp;</b>";
    assertSame(text, SafeText.of(text));
  }

  @Test
  void everyLineBreakBecomesALineFeed() {
    assertEquals("a\nb\nc\nd\ne\n\nf", SafeText.of("a\r\nb\rc\u0085d\u2028e\u2029\nf"));
  }

  @Test
  void terminalControlsBecomeTheReplacementCharacter() {
    assertEquals("\uFFFD[31mred \uFFFD bell \uFFFD nul \uFFFD csi \uFFFD del",
        SafeText.of("\u001B[31mred \u0007 bell \u0000 nul \u009B csi \u007F del"));
    assertEquals("\uFFFD\uFFFD", SafeText.of("\u000B\u000C"));
  }

  @Test
  void bidiOverridesAndIsolatesAreReplacedButMarksAreKept() {
    assertEquals("\uFFFDevil\uFFFD \uFFFDx\uFFFD \u200Fmark\u200E",
        SafeText.of("\u202Eevil\u202C \u2066x\u2069 \u200Fmark\u200E"));
  }

  @Test
  void loneSurrogatesAreReplacedAndPairsKept() {
    assertEquals("a\uFFFDb\uFFFD😀", SafeText.of("a\uD800b\uDC00😀"));
    assertEquals("\uFFFD", SafeText.of("\uD83D"));
  }
}
