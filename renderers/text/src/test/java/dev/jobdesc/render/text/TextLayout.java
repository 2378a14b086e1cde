package dev.jobdesc.render.text;

import dev.jobdesc.render.text.internal.DisplayWidth;
import java.util.ArrayList;
import java.util.List;

/** Checks of the layout of rendered text that hold for any document. */
final class TextLayout {
  private TextLayout() {}

  /** The text with all whitespace, line breaks included, as single spaces: wrapping undone. */
  static String unwrapped(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The lines wider than {@code width} that are not a single unbreakable word. */
  static List<String> overlongLines(String text, int width) {
    List<String> overlong = new ArrayList<>();
    for (String line : text.split("\n")) {
      String content = line.strip();
      content = content.startsWith("- ") ? content.substring(2) : content;
      if (DisplayWidth.of(line) > width && content.chars().anyMatch(Character::isWhitespace)) {
        overlong.add(line);
      }
    }
    return overlong;
  }

  /**
   * The underlines ({@code ===} or {@code ---} lines) whose width differs from that of the widest
   * line of the heading above them, which runs from the last blank line.
   */
  static List<String> mismatchedUnderlines(String text) {
    List<String> mismatched = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].matches("=+|-+")) {
        int widest = 0;
        for (int j = i - 1; j >= 0 && !lines[j].isEmpty(); j--) {
          widest = Math.max(widest, DisplayWidth.of(lines[j]));
        }
        if (widest != lines[i].length()) {
          mismatched.add(lines[i - 1] + " / " + lines[i]);
        }
      }
    }
    return mismatched;
  }
}
