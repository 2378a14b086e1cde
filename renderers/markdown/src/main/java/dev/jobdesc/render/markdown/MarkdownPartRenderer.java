package dev.jobdesc.render.markdown;

import dev.jobdesc.render.OutlinePart;

/**
 * Renders one part of the outline as Markdown, in place of the default. Registered with
 * {@link MarkdownRenderer.Builder#partRenderer}. It is shared by every render call of its renderer,
 * so it must be stateless or thread-safe; per-call state belongs in the context.
 *
 * <pre>{@code
 * MarkdownPartRenderer payFirst = (part, context) -> {
 *   context.heading(2, part.heading());
 *   context.paragraph("Pay is reviewed every year.");
 *   context.blocks(part.blocks());
 * };
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface MarkdownPartRenderer {

  /**
   * Writes {@code part}, heading included, through {@code context}.
   *
   * @param part the part, with its heading and blocks
   * @param context where to write it
   */
  void render(OutlinePart part, MarkdownRenderContext context);
}
