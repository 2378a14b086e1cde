package dev.jobdesc.internal.rules.language;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The gender-coding score of a text, computed as the research describes: the number of
 * masculine- and feminine-coded words, each also as a percentage of all words (as Gaucher,
 * Friesen & Kay 2011 scored ads with LIWC: their ads averaged 0.83 % masculine and 0.63 %
 * feminine words), and a verdict from the difference of the counts, in gender-decoder's bands:
 *
 * <ul>
 *   <li>no coded word: {@link Verdict#NO_CODED_WORDS};
 *   <li>feminine − masculine = 0: {@link Verdict#NEUTRAL};
 *   <li>+1 to +3: {@link Verdict#FEMININE_CODED}, above +3: {@link Verdict#STRONGLY_FEMININE_CODED};
 *   <li>−1 to −3: {@link Verdict#MASCULINE_CODED}, below −3: {@link Verdict#STRONGLY_MASCULINE_CODED}.
 * </ul>
 *
 * <p>The verdict uses raw counts, as gender-decoder's does, so that it reads the same as that
 * tool's; the percentages, which do not grow with the length of the ad, are given beside it.
 *
 * @param masculine the number of masculine-coded words
 * @param feminine the number of feminine-coded words
 * @param words the number of words of the text
 */
record GenderScore(int masculine, int feminine, int words) {

  /** What the score says. */
  enum Verdict {
    NO_CODED_WORDS("no coded words"),
    NEUTRAL("neutral"),
    FEMININE_CODED("feminine-coded"),
    STRONGLY_FEMININE_CODED("strongly feminine-coded"),
    MASCULINE_CODED("masculine-coded"),
    STRONGLY_MASCULINE_CODED("strongly masculine-coded");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    /** The verdict in words, e.g. {@code strongly masculine-coded}. */
    String label() {
      return label;
    }
  }

  GenderScore {
    if (masculine < 0 || feminine < 0 || words < 0) {
      throw new IllegalArgumentException("not a score: " + masculine + ", " + feminine + " of " + words);
    }
  }

  /** The verdict from feminine − masculine. */
  Verdict verdict() {
    int difference = feminine - masculine;
    if (masculine == 0 && feminine == 0) {
      return Verdict.NO_CODED_WORDS;
    } else if (difference == 0) {
      return Verdict.NEUTRAL;
    } else if (difference > 3) {
      return Verdict.STRONGLY_FEMININE_CODED;
    } else if (difference > 0) {
      return Verdict.FEMININE_CODED;
    } else if (difference < -3) {
      return Verdict.STRONGLY_MASCULINE_CODED;
    } else {
      return Verdict.MASCULINE_CODED;
    }
  }

  /** Masculine-coded words as a percentage of all words, to two places. */
  BigDecimal masculinePercent() {
    return percent(masculine);
  }

  /** Feminine-coded words as a percentage of all words, to two places. */
  BigDecimal femininePercent() {
    return percent(feminine);
  }

  private BigDecimal percent(int count) {
    if (words == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(words), 2, RoundingMode.HALF_UP);
  }
}
