package dev.jobdesc.render.html;

/**
 * A plug-in that configures an {@link HtmlRenderer.Builder}, typically by registering part
 * renderers: {@code HtmlRenderer.builder().extensions(List.of(extension))}. One extension can
 * bundle a theme's worth of overrides; applications register it explicitly.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface HtmlRendererExtension {

  /**
   * Configures {@code builder}; called once, when the extension is registered.
   *
   * @param builder the builder of the renderer being made
   */
  void extend(HtmlRenderer.Builder builder);
}
