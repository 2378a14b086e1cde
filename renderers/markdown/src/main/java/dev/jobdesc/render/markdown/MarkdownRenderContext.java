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

  /** The outline being rendered. */
  Outline outline();

  /**
   * Writes an ATX heading of {@code level} (1: the title, 2: a part, 3: a group), pushed down by the
   * settings' heading offset and capped at 6.
   */
  void heading(int level, String text);

  /** Writes a paragraph. */
  void paragraph(String text);

  /** Writes {@code blocks} as this renderer does by default, a group one level below the last heading. */
  void blocks(List<Block> blocks);
}
