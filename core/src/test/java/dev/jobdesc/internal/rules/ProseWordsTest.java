package dev.jobdesc.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.validation.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Prose#words} scans by hand what one regular expression describes; the expression stays
 * here as the oracle, on text made of the characters where the two could part.
 */
class ProseWordsTest {
  private static final Pattern WORD =
      Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)+|[\\p{L}\\p{M}\\p{N}]+(?:['’-][\\p{L}\\p{M}\\p{N}]+)*");

  /** Letters, digits, separators, joiners, marks, other numbers, supplementary and lone surrogates. */
  private static final String[] PIECES = {
    "a", "Z", "é", "ß", "ǅ", "ʰ", "中", "7", "0", "٣", "Ⅻ", "²", "½", "\u0301", "\u20DD", "\u0903",
    ".", ",", "'", "’", "-", "‑", " ", "\n", "_", "$", "%", "(", "—",
    "𝒜", "𝟙", "\uD835", "\uDC9C", "e.g.", "36,158", "3.5", "don't", "self-reliant"
  };

  static LongStream seeds() {
    return LongStream.range(0, 2000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void wordsAreWhatTheExpressionFinds(long seed) {
    assertSameWords(GluedText.of(seed, PIECES, 24), "seed " + seed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "a-", "-a", "1.", "1.2.", "1,2.3,x", "x1.2", "1.2x", "a’’b", "2²,3", "\uD835\uDC9C-x"})
  void edgeCasesToo(String text) {
    assertSameWords(text, "text");
  }

  private static void assertSameWords(String text, String what) {
    List<Span> expected = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      expected.add(new Span(m.start(), m.end()));
    }
    assertEquals(expected, Prose.words(text), () -> what + ": " + text.codePoints()
        .mapToObj(c -> String.format("U+%04X", c)).toList());
  }
}
