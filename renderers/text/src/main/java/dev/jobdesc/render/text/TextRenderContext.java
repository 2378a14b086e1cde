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

  /** The outline being rendered. */
  Outline outline();

  /** The width text is wrapped at, in terminal columns. */
  int width();

  /**
   * Writes a heading. Level 1 (the title) is underlined with {@code =}, level 2 (a part) with
   * {@code -}; deeper levels (groups) stand on their own line, their content right below.
   */
  void heading(int level, String text);

  /** Writes a paragraph, wrapped. */
  void paragraph(String text);

  /** Writes {@code blocks} as this renderer does by default, a group one level below the last heading. */
  void blocks(List<Block> blocks);
}
