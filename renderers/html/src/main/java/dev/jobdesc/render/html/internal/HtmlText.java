package dev.jobdesc.render.html.internal;

/**
 * The code points HTML forbids in text and attribute values, and their replacement. The model
 * carries any Unicode text, but a conforming page may not contain controls other than ASCII
 * whitespace, noncharacters or lone surrogates (the Nu Html Checker reports each as a "forbidden
 * code point"), and the HTML encoder lets some of them through.
 */
public final class HtmlText {
  /** What a forbidden code point becomes: the Unicode replacement character. */
  public static final char REPLACEMENT = '\uFFFD';

  private static final int NEXT_LINE = 0x85;

  private HtmlText() {}

  /**
   * {@code text} with every forbidden code point replaced by U+FFFD, except NEXT LINE (U+0085),
   * a line break in Unicode, which becomes a line feed so the line still breaks. Returns
   * {@code text} itself when nothing is forbidden, which is nearly always.
   */
  public static String clean(String text) {
    int first = firstForbidden(text);
    if (first < 0) {
      return text;
    }
    StringBuilder cleaned = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (codePoint == NEXT_LINE) {
        cleaned.append('\n');
      } else if (isForbidden(codePoint)) {
        cleaned.append(REPLACEMENT);
      } else {
        cleaned.appendCodePoint(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return cleaned.toString();
  }

  /**
   * Whether HTML forbids {@code codePoint} in text: C0 controls other than tab, line feed and
   * carriage return; DELETE and the C1 controls; surrogates (a paired surrogate arrives here as
   * one supplementary code point, so only a lone one is seen); noncharacters.
   */
  public static boolean isForbidden(int codePoint) {
    if (codePoint < 0x20) {
      return codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
    }
    return (codePoint >= 0x7F && codePoint <= 0x9F)
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)
        || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF)
        || (codePoint & 0xFFFE) == 0xFFFE;
  }

  private static int firstForbidden(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (isForbidden(codePoint)) {
        return i;
      }
      i += Character.charCount(codePoint);
    }
    return -1;
  }
}
