package dev.jobdesc.cli.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for a terminal or a one-line summary: documents are untrusted, and rule descriptions come
 * from any jar on the class path, so nothing they hold may break a line or drive the terminal.
 *
 * @since 0.1
 */
public final class PlainText {
  /** Control characters (C0, DEL, C1): a line break, an escape sequence, a bell. */
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

  /**
   * The end of a sentence: a full stop, question or exclamation mark, then a space and a capital;
   * not the abbreviations e.g. and i.e., which come before examples such as "e.g. US-CO".
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<!\\be\\.g|\\bi\\.e)[.!?](?=\\s+\\p{Lu})");

  private PlainText() {}

  /** {@code text} with each control character replaced by a space. */
  public static String withoutControls(String text) {
    return CONTROL.matcher(text).replaceAll(" ");
  }

  /** {@code text} followed by spaces up to {@code width} characters: a column of a listing. */
  public static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  /** The first sentence of {@code text}, or all of it when it is one sentence. */
  public static String firstSentence(String text) {
    Matcher end = SENTENCE_END.matcher(text);
    return end.find() ? text.substring(0, end.end()) : text;
  }
}
