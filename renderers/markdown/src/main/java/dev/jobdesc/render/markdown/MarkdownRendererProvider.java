package dev.jobdesc.render.markdown;

import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.RendererProvider;

/**
 * Provides the {@link MarkdownRenderer} as format {@code markdown}, for
 * {@link java.util.ServiceLoader} discovery.
 *
 * @since 0.1
 */
public final class MarkdownRendererProvider implements RendererProvider {

  /** The provider; {@link java.util.ServiceLoader} calls this. */
  public MarkdownRendererProvider() {}

  @Override
  public String getFormatId() {
    return MarkdownRenderer.FORMAT_ID;
  }

  @Override
  public String getDescription() {
    return "CommonMark (GFM-compatible), every user string escaped";
  }

  @Override
  public String getFileExtension() {
    return "md";
  }

  @Override
  public Renderer create(RenderSettings settings) {
    return MarkdownRenderer.builder().settings(settings).build();
  }
}
