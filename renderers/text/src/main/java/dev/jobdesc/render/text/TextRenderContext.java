package dev.jobdesc.render.text;

import dev.jobdesc.render.Block;
import dev.jobdesc.render.Outline;
import java.util.List;

/**
 * What a {@link TextPartRenderer} writes with, made for one render call. Everything written is
 * plain text: control characters and bidirectional overrides in it are replaced, so a part renderer
 * cannot let them through either.
 *
 * @since 0.1
 */
public interface TextRenderContext {

  /** {@return the outline being rendered} */
  Outline outline();

  /** {@return the width text is wrapped at, in terminal columns} */
  int width();

  /**
   * Writes a heading. Level 1 (the title) is underlined with {@code =}, level 2 (a part) with
   * {@code -}; deeper levels (groups) stand on their own line, their content right below.
   *
   * @param level 1 for the title, 2 for a part, 3 for a group
   * @param text the heading's text
   */
  void heading(int level, String text);

  /**
   * Writes a paragraph, wrapped.
   *
   * @param text the paragraph's text
   */
  void paragraph(String text);

  /**
   * Writes {@code blocks} as this renderer does by default, a group one level below the last heading.
   *
   * @param blocks the blocks, in order
   */
  void blocks(List<Block> blocks);
}
