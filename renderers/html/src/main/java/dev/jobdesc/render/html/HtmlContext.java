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

  /** The writer: the only way to write. */
  HtmlWriter writer();

  /** The outline being rendered: its title, locale and parts. */
  Outline outline();

  /** The heading element for {@code depth}: {@code h2} for depth 2 with offset 0, at most {@code h6}. */
  String headingElement(int depth);

  /**
   * Renders {@code blocks} the built-in way, inside a heading of {@code depth}: their groups get
   * headings of {@code depth + 1}.
   */
  void renderBlocks(List<Block> blocks, int depth);

  /** Renders {@code part} the built-in way, e.g. to wrap or follow it with more. */
  void renderDefault(OutlinePart part);
}
