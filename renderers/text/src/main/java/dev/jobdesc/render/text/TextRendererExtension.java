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

  /** Configures {@code builder}. */
  void extend(TextRenderer.Builder builder);
}
