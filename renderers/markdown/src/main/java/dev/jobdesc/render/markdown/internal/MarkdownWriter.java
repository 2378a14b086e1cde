package dev.jobdesc.render.markdown.internal;

import dev.jobdesc.render.Renderer;

/**
 * Writes Markdown blocks, each separated from the one before by a blank line, as markdownlint
 * wants them, except that a list right after a list continues it: a blank line between two lists
 * with the same marker would join them into one loose list anyway. Takes Markdown, never raw user
 * text. One per render call.
 */
final class MarkdownWriter {
  private final Appendable out;
  private boolean started;
  private boolean inList;

  MarkdownWriter(Appendable out) {
    this.out = out;
  }

  /** Writes a heading of {@code level} (1 to 6). */
  void heading(int level, String markdown) {
    block("#".repeat(level) + " " + markdown);
  }

  /** Writes a paragraph; nothing when {@code markdown} is empty, as an empty paragraph is none. */
  void paragraph(String markdown) {
    if (!markdown.isEmpty()) {
      block(markdown);
    }
  }

  /** Writes a bullet list item, continuing the list right before it if any. */
  void listItem(String markdown) {
    if (!inList) {
      separate();
    }
    inList = true;
    line("- " + markdown);
  }

  private void block(String markdown) {
    separate();
    inList = false;
    line(markdown);
  }

  private void separate() {
    if (started) {
      Renderer.append(out, "\n");
    }
    started = true;
  }

  private void line(String markdown) {
    Renderer.append(out, markdown.stripTrailing());
    Renderer.append(out, "\n");
  }
}
