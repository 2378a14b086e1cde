package dev.jobdesc.render.text;

import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.RendererProvider;

/**
 * Provides the {@link TextRenderer} as format {@code text}, for {@link java.util.ServiceLoader}
 * discovery.
 *
 * @since 0.1
 */
public final class TextRendererProvider implements RendererProvider {

  /** The provider; {@link java.util.ServiceLoader} calls this. */
  public TextRendererProvider() {}

  @Override
  public String getFormatId() {
    return TextRenderer.FORMAT_ID;
  }

  @Override
  public String getDescription() {
    return "plain text for e-mail and ATS text fields, wrapped at " + TextRenderer.DEFAULT_WIDTH + " columns";
  }

  @Override
  public String getFileExtension() {
    return "txt";
  }

  @Override
  public Renderer create(RenderSettings settings) {
    return TextRenderer.builder().settings(settings).build();
  }
}
