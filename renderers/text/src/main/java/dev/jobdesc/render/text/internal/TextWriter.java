package dev.jobdesc.render.text.internal;

import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.SafeText;
import java.util.List;
import java.util.Locale;

/**
 * Writes plain text in blocks separated by one blank line, wrapped at a width, with an indentation
 * for nested content. Every string it writes passes through {@link SafeText} here, the one place,
 * so no caller can let a control character through. One per render call.
 */
final class TextWriter {
  private static final String INDENT_STEP = "  ";

  private final Appendable out;
  private final int width;
  private final LineWrapper wrapper;
  private String indent = "";
  private boolean blankLinePending;

  TextWriter(Appendable out, int width, Locale locale) {
    this.out = out;
    this.width = width;
    this.wrapper = new LineWrapper(locale);
  }

  /** Starts a block: one blank line after the block before it, if any. */
  void beginBlock() {
    if (blankLinePending) {
      Renderer.append(out, "\n");
      blankLinePending = false;
    }
  }

  /** Ends a block: the next one starts after a blank line. */
  void endBlock() {
    blankLinePending = true;
  }

  /**
   * Writes {@code text} wrapped, its first line after {@code firstPrefix} and the others after
   * {@code restPrefix}; returns the lines as wrapped, without prefix.
   */
  List<String> wrapped(String text, String firstPrefix, String restPrefix) {
    int available = width - DisplayWidth.of(indent);
    List<String> lines =
        wrapper.wrap(
            SafeText.of(text),
            available - DisplayWidth.of(firstPrefix),
            available - DisplayWidth.of(restPrefix));
    for (int i = 0; i < lines.size(); i++) {
      line((i == 0 ? firstPrefix : restPrefix) + lines.get(i));
    }
    return lines;
  }

  /** Writes {@code count} times {@code c} on a line of their own. */
  void rule(char c, int count) {
    line(String.valueOf(c).repeat(count));
  }

  /** Runs {@code content} indented one step further. */
  void indented(Runnable content) {
    String outer = indent;
    indent = outer + INDENT_STEP;
    try {
      content.run();
    } finally {
      indent = outer;
    }
  }

  private void line(String text) {
    String line = (indent + text).stripTrailing();
    Renderer.append(out, line);
    Renderer.append(out, "\n");
  }
}
