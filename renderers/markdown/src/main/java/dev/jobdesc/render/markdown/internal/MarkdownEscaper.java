package dev.jobdesc.render.markdown.internal;

import dev.jobdesc.render.SafeText;

/**
 * The one way user text gets into Markdown: as inline text that CommonMark and GitHub Flavored
 * Markdown parse back to exactly that text, with no markup, whatever it holds and wherever it
 * stands, at the start of a line too.
 *
 * <p>Backslash escapes (which CommonMark allows before any ASCII punctuation) neutralise every
 * character that can open markup: {@code \ ` * _ ~ [ ] < > & # | $ @}, so no emphasis,
 * strikethrough, code span or fence, link, image, footnote, task box, raw HTML, autolink, entity
 * reference, heading closing sequence, table cell, math span (GitHub) or e-mail autolink (GFM) can
 * start. In context it also escapes the {@code :} of {@code ://} and the dot of {@code www.}, where
 * GFM's extended autolinks start, and at the start of the text, which may be the start of a line,
 * {@code -}, {@code +}, {@code =} and the {@code .} or {@code )} of a number followed by a space,
 * which would open a list, a thematic break or a setext underline. Runs of spaces, tabs and line
 * breaks become one space and the ends are trimmed, so no indentation (code block), hard line break
 * or second line can come from the data. {@code !}, {@code (}, {@code )}, quotes and the rest stay
 * as they are: they mean something only next to a character escaped here.
 *
 * <p>GFM's URL and {@code www.} autolinks (GitHub's cmark-gfm), markdown-it's {@code linkify} and
 * micromark (markdownlint, remark) respect these escapes. Two linkifiers search the parsed text
 * after escapes are gone, and nothing that keeps the text can stop them: cmark-gfm for e-mail
 * addresses (so GitHub still links {@code jobs@example.org} in data, to that same address), and
 * commonmark-java's autolink extension.
 */
public final class MarkdownEscaper {
  private static final boolean[] ALWAYS_ESCAPED = asciiSet("\\`*_~[]<>&#|$@");
  private static final boolean[] LINE_START_ESCAPED = asciiSet("-+=");

  private MarkdownEscaper() {}

  /** {@code text} as Markdown inline text on one line that renders as {@code text}. */
  public static String escape(String text) {
    String safe = SafeText.of(text);
    StringBuilder out = new StringBuilder(safe.length() + 16);
    boolean spacePending = false;
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n') {
        spacePending = out.length() > 0;
        continue;
      }
      if (spacePending) {
        out.append(' ');
        spacePending = false;
      }
      if (needsEscape(safe, i, out.length() == 0)) {
        out.append('\\');
      }
      out.append(c);
    }
    escapeListNumber(out);
    return out.toString();
  }

  /**
   * {@code url} as a link destination in angle brackets: {@code <}, {@code >}, {@code \} and
   * {@code &} backslash-escaped (the last so that an entity-like {@code &amp;} in a URL stays as
   * it is), line breaks, which cannot occur in one, percent-encoded.
   */
  public static String linkDestination(String url) {
    String safe = SafeText.of(url);
    StringBuilder out = new StringBuilder(safe.length() + 2).append('<');
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      if (c == '\n') {
        out.append("%0A");
      } else {
        if (c == '<' || c == '>' || c == '\\' || c == '&') {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.append('>').toString();
  }

  private static boolean needsEscape(String text, int i, boolean atLineStart) {
    char c = text.charAt(i);
    if (c >= ALWAYS_ESCAPED.length) {
      return false; // only ASCII punctuation is markup
    }
    return ALWAYS_ESCAPED[c]
        || (atLineStart && LINE_START_ESCAPED[c])
        || (c == ':' && text.startsWith("//", i + 1))
        || (c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3));
  }

  /** A lookup table of the ASCII characters in {@code characters}. */
  private static boolean[] asciiSet(String characters) {
    boolean[] set = new boolean[128];
    characters.chars().forEach(c -> set[c] = true);
    return set;
  }

  /**
   * Escapes the {@code .} or {@code )} of a leading list marker: a number of up to 9 digits, then
   * one of them, then a space or the end ("1. ", "2)"); "37.5" and "2024.x" are no markers.
   */
  private static void escapeListNumber(StringBuilder out) {
    int digits = 0;
    while (digits < out.length() && digits < 10 && isAsciiDigit(out.charAt(digits))) {
      digits++;
    }
    if (digits < 1 || digits > 9 || digits == out.length()) {
      return;
    }
    char delimiter = out.charAt(digits);
    boolean endsMarker = digits + 1 == out.length() || out.charAt(digits + 1) == ' ';
    if ((delimiter == '.' || delimiter == ')') && endsMarker) {
      out.insert(digits, '\\');
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
