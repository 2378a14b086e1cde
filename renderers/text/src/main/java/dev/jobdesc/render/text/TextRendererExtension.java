package dev.jobdesc.render.text;

/**
 * A plug-in for the text renderer: it configures the builder, typically by registering
 * {@linkplain TextRenderer.Builder#partRenderer part renderers}. Registered with
 * {@link TextRenderer.Builder#extensions}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TextRendererExtension {

  /**
   * Configures {@code builder}.
   *
   * @param builder the builder of the renderer being made
   */
  void extend(TextRenderer.Builder builder);
}
