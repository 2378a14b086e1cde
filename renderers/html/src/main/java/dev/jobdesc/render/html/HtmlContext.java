package dev.jobdesc.render.html;

import dev.jobdesc.render.Block;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.OutlinePart;
import java.util.List;

/**
 * What a {@link HtmlPartRenderer} gets for one render call: the writer, the outline being
 * rendered, heading levels, and the built-in rendering to delegate to. Made anew for every call;
 * not for use after the call or from another thread.
 *
 * <p>Depths count headings from the document's title: depth 1 is the title, 2 a part's heading,
 * 3 a group inside a part (an experience tier, a section, a question). The heading element of a
 * depth is pushed down by the settings' heading offset and never goes past {@code h6}.
 *
 * @since 0.1
 */
public interface HtmlContext {

  /** {@return the writer: the only way to write} */
  HtmlWriter writer();

  /** {@return the outline being rendered: its title, locale and parts} */
  Outline outline();

  /**
   * {@return the heading element for {@code depth}: {@code h2} for depth 2 with offset 0, at most {@code h6}}
   *
   * @param depth the heading's depth: 1 for the title, 2 for a part, 3 for a group
   */
  String headingElement(int depth);

  /**
   * Renders {@code blocks} the built-in way, inside a heading of {@code depth}: their groups get
   * headings of {@code depth + 1}.
   *
   * @param blocks the blocks, in order
   * @param depth the depth of the heading they are under
   */
  void renderBlocks(List<Block> blocks, int depth);

  /**
   * Renders {@code part} the built-in way, e.g. to wrap or follow it with more.
   *
   * @param part the part
   */
  void renderDefault(OutlinePart part);
}
