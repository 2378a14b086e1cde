package dev.jobdesc.render.text.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Breaks text into lines of at most a given display width. Lines break at whitespace, and between
 * two wide (CJK) characters where Unicode line breaking allows it, since Chinese and Japanese put no
 * spaces between words; never inside a word, so a word wider than the line gets a line of its own.
 * Line breaks in the text are kept. Runs of whitespace between words become one space. Not
 * thread-safe: one per render call.
 */
final class LineWrapper {
  private static final Pattern RULE = Pattern.compile("[-=]+");

  private final BreakIterator lineBreaks;

  LineWrapper(Locale locale) {
    this.lineBreaks = BreakIterator.getLineInstance(locale);
  }

  /**
   * The lines of {@code text}: the first at most {@code firstWidth} columns wide, the others at
   * most {@code restWidth}. An empty line in the text stays an empty line.
   */
  List<String> wrap(String text, int firstWidth, int restWidth) {
    List<String> lines = new ArrayList<>();
    for (String hardLine : text.split("\n", -1)) {
      fill(words(hardLine), lines.isEmpty() ? firstWidth : restWidth, restWidth, lines);
    }
    joinLoneRules(lines);
    return lines;
  }

  /**
   * A line of only {@code -} or {@code =} under a line of text reads as that line's underline, a
   * heading the data never had: the last word of the line above moves down to join it, or, when
   * that line is one word, the rule moves up.
   */
  private static void joinLoneRules(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      String above = lines.get(i - 1);
      if (!RULE.matcher(line).matches() || above.isEmpty()) {
        continue;
      }
      int lastSpace = above.lastIndexOf(' ');
      if (lastSpace > 0) {
        lines.set(i - 1, above.substring(0, lastSpace));
        lines.set(i, above.substring(lastSpace + 1) + " " + line);
      } else {
        lines.set(i - 1, above + " " + line);
        lines.remove(i--);
      }
    }
  }

  /** Fills lines greedily with {@code words}; an empty list gives one empty line. */
  private static void fill(List<Word> words, int firstWidth, int restWidth, List<String> lines) {
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    int limit = firstWidth;
    for (Word word : words) {
      int separator = word.spaceBefore() && line.length() > 0 ? 1 : 0;
      if (line.length() > 0 && lineWidth + separator + word.width() > limit) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
        separator = 0;
        limit = restWidth;
      }
      if (separator == 1) {
        line.append(' ');
      }
      line.append(word.text());
      lineWidth += separator + word.width();
    }
    lines.add(line.toString());
  }

  /** The words of one line of text, split at whitespace and then between wide characters. */
  private List<Word> words(String line) {
    List<Word> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < line.length(); i++) {
      // Every whitespace character is in the BMP, so chars will do: a surrogate is never one.
      if (!Character.isWhitespace(line.charAt(i))) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        splitBetweenWideCharacters(line.substring(start, i), words);
        start = -1;
      }
    }
    if (start >= 0) {
      splitBetweenWideCharacters(line.substring(start), words);
    }
    return words;
  }

  /** Adds {@code token} to {@code words}, split where two wide characters may break apart. */
  private void splitBetweenWideCharacters(String token, List<Word> words) {
    if (!DisplayWidth.anyWide(token)) {
      words.add(new Word(token, true));
      return;
    }
    lineBreaks.setText(token);
    int start = 0;
    for (int end = lineBreaks.following(0); end != BreakIterator.DONE; end = lineBreaks.next()) {
      if (end == token.length()
          || DisplayWidth.isWide(token.codePointBefore(end)) && DisplayWidth.isWide(token.codePointAt(end))) {
        words.add(new Word(token.substring(start, end), start == 0));
        start = end;
      }
    }
  }

  /** A piece of text that never breaks, and whether a space separates it from the one before. */
  private record Word(String text, boolean spaceBefore, int width) {
    Word(String text, boolean spaceBefore) {
      this(text, spaceBefore, DisplayWidth.of(text));
    }
  }
}
