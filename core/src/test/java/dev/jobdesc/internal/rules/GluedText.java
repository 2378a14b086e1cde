package dev.jobdesc.internal.rules;

import java.util.SplittableRandom;

/**
 * Seeded texts glued from a few chosen pieces, for the property tests that hold a hand-written
 * fast path equal to the regular expression it replaces: the pieces are where the two could part.
 */
final class GluedText {
  private GluedText() {}

  /** Between 1 and {@code maxPieces - 1} pieces, chosen by {@code seed}. */
  static String of(long seed, String[] pieces, int maxPieces) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    int count = random.nextInt(1, maxPieces);
    for (int i = 0; i < count; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
