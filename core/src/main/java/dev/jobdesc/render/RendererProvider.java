package dev.jobdesc.render;

/**
 * Makes the renderer of one format; the service that {@link Renderers#discover()} finds through
 * {@link java.util.ServiceLoader}, so a renderer jar on the class path (or module path, with
 * {@code provides}) adds its format to {@code jobdesc render} without a code change.
 *
 * @since 0.1
 */
public interface RendererProvider {

  /** The format id, unique: {@code text}, {@code markdown}, {@code html}… */
  String getFormatId();

  /** One line describing the output, for {@code jobdesc formats}. */
  String getDescription();

  /** The file name extension of the output, without the dot: {@code html}. */
  String getFileExtension();

  /** A renderer of this format with {@code settings}. */
  Renderer create(RenderSettings settings);
}
