package dev.jobdesc.render.markdown;

import dev.jobdesc.render.Block;
import dev.jobdesc.render.Outline;
import java.util.List;

/**
 * What a {@link MarkdownPartRenderer} writes with, made for one render call. It takes plain text
 * and escapes all of it, so a part renderer cannot let data become markup either.
 *
 * @since 0.1
 */
public interface MarkdownRenderContext {

  /** {@return the outline being rendered} */
  Outline outline();

  /**
   * Writes an ATX heading of {@code level} (1: the title, 2: a part, 3: a group), pushed down by the
   * settings' heading offset and capped at 6.
   *
   * @param level 1 for the title, 2 for a part, 3 for a group
   * @param text the heading's text, escaped here
   */
  void heading(int level, String text);

  /**
   * Writes a paragraph.
   *
   * @param text the paragraph's text, escaped here
   */
  void paragraph(String text);

  /**
   * Writes {@code blocks} as this renderer does by default, a group one level below the last heading.
   *
   * @param blocks the blocks, in order
   */
  void blocks(List<Block> blocks);
}
