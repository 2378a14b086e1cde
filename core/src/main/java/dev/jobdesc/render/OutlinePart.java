package dev.jobdesc.render;

import java.util.List;

/**
 * One part of an {@link Outline}: which part, its heading (a label such as "Responsibilities"),
 * and its blocks. The {@link Part#TITLE} part has the document's title as its heading.
 *
 * @param part which part
 * @param heading the heading to show
 * @param blocks the content, in order
 * @since 0.1
 */
public record OutlinePart(Part part, String heading, List<Block> blocks) {
  /**
   * Copies the blocks.
   *
   * @param part which part this is
   * @param heading its heading, in the rendering's language
   * @param blocks its content, in order
   */
  public OutlinePart {
    blocks = List.copyOf(blocks);
  }
}
