package dev.jobdesc.render.html.internal;

import dev.jobdesc.render.Block;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.OutlinePart;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.html.HtmlContext;
import dev.jobdesc.render.html.HtmlPartRenderer;
import dev.jobdesc.render.html.HtmlWriter;
import java.util.List;
import java.util.Map;

/** The state of one render call: the writer, the outline, heading levels, part dispatch. */
final class RenderContext implements HtmlContext {
  /**
   * The heading elements, deepest last; made once, since a name built per heading was hashed again
   * at every element check.
   */
  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

  private final Outline outline;
  private final SafeHtmlWriter writer;
  private final int headingOffset;
  private final Map<Part, HtmlPartRenderer> partRenderers;
  private final BlockRenderer blocks;

  RenderContext(
      Outline outline,
      SafeHtmlWriter writer,
      int headingOffset,
      Map<Part, HtmlPartRenderer> partRenderers) {
    this.outline = outline;
    this.writer = writer;
    this.headingOffset = headingOffset;
    this.partRenderers = partRenderers;
    this.blocks = new BlockRenderer(writer, this);
  }

  @Override
  public HtmlWriter writer() {
    return writer;
  }

  @Override
  public Outline outline() {
    return outline;
  }

  @Override
  public String headingElement(int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("heading depth starts at 1: " + depth);
    }
    return HEADINGS[Math.min(HEADINGS.length, depth + headingOffset) - 1];
  }

  @Override
  public void renderBlocks(List<Block> blocks, int depth) {
    this.blocks.render(blocks, depth);
  }

  @Override
  public void renderDefault(OutlinePart part) {
    DefaultPartRenderer.INSTANCE.render(part, this);
  }

  /** Renders {@code part} with its registered renderer, else the built-in one. */
  void renderPart(OutlinePart part) {
    HtmlPartRenderer renderer =
        partRenderers.getOrDefault(part.part(), DefaultPartRenderer.INSTANCE);
    int open = writer.openElements();
    renderer.render(part, this);
    if (writer.openElements() != open) {
      throw new IllegalStateException(
          "the renderer of part " + part.part() + " left an element open: " + renderer);
    }
  }
}
