package dev.jobdesc.render.markdown;

/**
 * A plug-in for the Markdown renderer: it configures the builder, typically by registering
 * {@linkplain MarkdownRenderer.Builder#partRenderer part renderers}. Registered with
 * {@link MarkdownRenderer.Builder#extensions}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface MarkdownRendererExtension {

  /**
   * Configures {@code builder}.
   *
   * @param builder the builder of the renderer being made
   */
  void extend(MarkdownRenderer.Builder builder);
}
