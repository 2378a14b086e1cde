package dev.jobdesc.render;

/**
 * User text made safe to show as it is, in a terminal, an e-mail or a text field: every kind of
 * line break becomes a line feed, and every character that could change how the rest of the output
 * displays becomes U+FFFD (the replacement character). Those are the C0 controls but tab and line
 * feed (an escape sequence starts with ESC, U+001B), DEL and the C1 controls (U+0080–U+009F, which
 * holds the single-character CSI), the bidirectional embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069, which reorder the text after them: the "Trojan Source" trick),
 * and lone surrogates (half of a character, which no encoder can write). Everything else is kept,
 * the bidirectional marks U+200E, U+200F and U+061C too: they only affect the text around them.
 *
 * <p>Every text format applies this to every string it writes; markup formats escape the result.
 *
 * @since 0.1
 */
public final class SafeText {
  private static final char REPLACEMENT = '\uFFFD';
  private static final char DEL = '\u007F';
  private static final char NEXT_LINE = '\u0085';
  private static final char LINE_SEPARATOR = '\u2028';
  private static final char PARAGRAPH_SEPARATOR = '\u2029';

  private SafeText() {}

  /**
   * {@return {@code text} with line breaks as {@code \n} and unsafe characters as U+FFFD}
   *
   * @param text text of a document
   */
  public static String of(String text) {
    int first = firstChange(text);
    if (first < 0) {
      return text; // the common case: nothing to copy
    }
    StringBuilder safe = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        safe.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++; // CR LF is one line break
        }
      } else if (isLineBreak(c)) {
        safe.append('\n');
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        safe.append(c).append(text.charAt(++i));
      } else if (isUnsafe(c)) {
        safe.append(REPLACEMENT);
      } else {
        safe.append(c);
      }
    }
    return safe.toString();
  }

  private static int firstChange(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= ' ' && c < DEL) {
        continue; // printable ASCII, most of any text: one comparison
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (c == '\r' || isLineBreak(c) || isUnsafe(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isLineBreak(char c) {
    return c == NEXT_LINE || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR;
  }

  /** Whether {@code c}, not part of a surrogate pair and not a line break, must be replaced. */
  private static boolean isUnsafe(char c) {
    return (c < 0x20 && c != '\t' && c != '\n')
        || (c >= DEL && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || Character.isSurrogate(c);
  }
}
