package dev.jobdesc.render;

/**
 * Makes the renderer of one format; the service that {@link Renderers#discover()} finds through
 * {@link java.util.ServiceLoader}, so a renderer jar on the class path (or module path, with
 * {@code provides}) adds its format to {@code jobdesc render} without a code change.
 *
 * @since 0.1
 */
public interface RendererProvider {

  /** {@return the format id, unique: {@code text}, {@code markdown}, {@code html}…} */
  String getFormatId();

  /** {@return one line describing the output, for {@code jobdesc formats}} */
  String getDescription();

  /** {@return the file name extension of the output, without the dot: {@code html}} */
  String getFileExtension();

  /**
   * {@return a renderer of this format with {@code settings}}
   *
   * @param settings the language, parts and labels to render with
   */
  Renderer create(RenderSettings settings);
}
