package dev.jobdesc.render.html;

import dev.jobdesc.render.OutlinePart;

/**
 * Renders one part of a document as HTML, replacing the built-in rendering of that part:
 * register it with {@link HtmlRenderer.Builder#partRenderer}. It writes only through
 * {@link HtmlContext#writer()}, and must close every element it opens. Shared by every render
 * call of the renderer it is registered with, so it must be thread-safe (a stateless lambda is).
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *     .partRenderer(Part.PAY, (part, context) -> {
 *       HtmlWriter html = context.writer();
 *       html.start("section", "class", "jobdesc-part jobdesc-part-pay my-pay");
 *       html.element(context.headingElement(2), "jobdesc-part-heading", part.heading());
 *       context.renderBlocks(part.blocks(), 2);
 *       html.element("p", "my-pay-note", "Ask us about relocation support.");
 *       html.end("section");
 *     })
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface HtmlPartRenderer {

  /**
   * Writes {@code part} through {@code context}'s writer.
   *
   * @param part the part, with its heading and blocks
   * @param context the writer and the built-in rendering
   */
  void render(OutlinePart part, HtmlContext context);
}
