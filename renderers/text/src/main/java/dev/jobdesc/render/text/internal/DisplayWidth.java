package dev.jobdesc.render.text.internal;

/**
 * How many columns text takes in a monospaced terminal, after Markus Kuhn's {@code wcwidth}:
 * combining marks and format characters take none, East Asian wide and fullwidth characters
 * (CJK, kana, Hangul syllables, fullwidth forms) and the common emoji blocks take two, everything
 * else one. Terminals disagree on some emoji sequences; this is the usual approximation.
 */
public final class DisplayWidth {
  /** U+0300: everything before it (but controls, which never get here) is one column wide. */
  private static final int FIRST_COMBINING_MARK = 0x300;

  private DisplayWidth() {}

  /** The columns {@code text} takes. */
  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < FIRST_COMBINING_MARK) {
        width++; // the common case, without a table lookup
      } else {
        int codePoint = text.codePointAt(i);
        width += of(codePoint);
        i += Character.charCount(codePoint) - 1;
      }
    }
    return width;
  }

  /** The columns {@code codePoint} takes: 0, 1 or 2. */
  public static int of(int codePoint) {
    if (codePoint < FIRST_COMBINING_MARK) {
      return 1;
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (codePoint >= 0x1160 && codePoint <= 0x11FF)) { // Hangul vowels and finals join the syllable
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  /** Whether any character of {@code text} is wide. */
  public static boolean anyWide(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (isWide(codePoint)) {
        return true;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }

  /** Whether {@code codePoint} is East Asian wide or fullwidth, or an emoji shown two columns wide. */
  public static boolean isWide(int codePoint) {
    if (codePoint < 0x1100) {
      return false; // nothing wide before the Hangul initial consonants
    }
    return codePoint <= 0x115F // Hangul initial consonants
        || codePoint == 0x2329
        || codePoint == 0x232A
        || (codePoint >= 0x2E80 && codePoint <= 0xA4CF && codePoint != 0x303F) // CJK … Yi
        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3) // Hangul syllables
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF) // CJK compatibility ideographs
        || (codePoint >= 0xFE10 && codePoint <= 0xFE19) // vertical forms
        || (codePoint >= 0xFE30 && codePoint <= 0xFE6F) // CJK compatibility forms
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60) // fullwidth forms
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
        || (codePoint >= 0x1F300 && codePoint <= 0x1F64F) // pictographs, emoticons
        || (codePoint >= 0x1F680 && codePoint <= 0x1F6FF) // transport and map symbols
        || (codePoint >= 0x1F900 && codePoint <= 0x1F9FF) // supplemental pictographs
        || (codePoint >= 0x20000 && codePoint <= 0x3FFFD); // CJK extensions B and later
  }
}
