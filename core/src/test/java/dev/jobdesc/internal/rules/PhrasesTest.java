package dev.jobdesc.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PhrasesTest {
  private static final Phrases JARGON =
      Phrases.of(List.of("ninja", "rock star", "work hard", "work hard play hard", "don't worry", "10x"));

  private static List<String> found(Phrases phrases, String text) {
    return phrases.find(text).stream().map(m -> m.phrase() + "@" + m.start() + "=" + m.written()).toList();
  }

  @Test
  void matchesWholeWordsInAnyCase() {
    assertEquals(List.of("ninja@5=Ninja"), found(JARGON, "Be a Ninja."));
    assertEquals(List.of(), found(JARGON, "ninjas and noninja and ninja2"));
    assertEquals(List.of("10x@0=10X"), found(JARGON, "10X engineer"));
  }

  @Test
  void aSpaceMatchesSpacesAndHyphensAndAnApostropheEitherKind() {
    assertEquals(List.of("rock star@0=rock-star", "rock star@11=Rock  Star"), found(JARGON, "rock-star, Rock  Star"));
    assertEquals(List.of("don't worry@0=Don’t worry"), found(JARGON, "Don’t worry"));
  }

  @Test
  void theLongestPhraseWinsAndAShorterOneIsFoundWhenTheLongerFails() {
    assertEquals(List.of("work hard play hard@0=work hard play hard"), found(JARGON, "work hard play hard"));
    assertEquals(List.of("work hard@0=work hard"), found(JARGON, "work hard play harder"));
  }

  @Test
  void theWordPrefilterNeverHidesAMatch() {
    Phrases withSign = Phrases.of(List.of("#1 team", "ninja"));
    assertEquals(List.of("#1 team@5=#1 team"), found(withSign, "Join #1 team"));
    assertTrue(JARGON.mayMatchIn(Phrases.wordHashes("A true NINJA.")));
    assertFalse(JARGON.mayMatchIn(Phrases.wordHashes("A calm specialist.")));
    assertTrue(withSign.mayMatchIn(Phrases.wordHashes("anything")), "a phrase that starts with a sign may be anywhere");
    assertFalse(Phrases.of(List.of()).foundIn("ninja"));
  }

  @Test
  void caseFoldsAsTheExpressionDoes() {
    assertEquals(List.of("ninja@0=NİNJA", "ninja@6=nınja"), found(JARGON, "NİNJA nınja"));
  }

  /** Words of the phrases, their parts and neighbours, glued by what can sit between words. */
  private static final String[] PIECES = {
    "ninja", "Ninja", "NINJAS", "rock", "Rock", "star", "work", "hard", "play", "harder", "don", "t",
    "worry", "10x", "10", "x", "#1", "team", "ı", "İ", "𝒜", "é", "\u0301",
    " ", "  ", "-", "'", "’", ".", ",", "\n", "_", "2"
  };

  static LongStream seeds() {
    return LongStream.range(0, 3000);
  }

  /** {@link Phrases#find} tries the expression only at candidate words; everywhere finds the same. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void findingAtCandidateWordsFindsWhatTryingEveryPositionFinds(long seed) {
    String t = GluedText.of(seed, PIECES, 30);
    List<Phrases.Match> everywhere = JARGON.findEverywhere(t);
    assertEquals(everywhere, JARGON.find(t), () -> "seed " + seed + ": " + t);
    assertEquals(!everywhere.isEmpty(), JARGON.foundIn(t), () -> "foundIn, seed " + seed + ": " + t);
  }
}
