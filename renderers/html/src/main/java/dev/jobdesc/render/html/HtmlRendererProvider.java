package dev.jobdesc.render.html;

import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.RendererProvider;

/**
 * Provides format {@code html}, the standalone page, to {@link dev.jobdesc.render.Renderers}
 * discovery: the stylesheet and, when a {@code jsonld} renderer is on the class path, the
 * document's JSON-LD are embedded.
 *
 * @since 0.1
 */
public final class HtmlRendererProvider implements RendererProvider {

  /** For {@link java.util.ServiceLoader}. */
  public HtmlRendererProvider() {}

  @Override
  public String getFormatId() {
    return HtmlRenderer.PAGE_FORMAT;
  }

  @Override
  public String getDescription() {
    return "standalone HTML5 page: semantic, accessible, with its stylesheet and JSON-LD embedded";
  }

  @Override
  public String getFileExtension() {
    return "html";
  }

  @Override
  public Renderer create(RenderSettings settings) {
    return HtmlRenderer.builder().settings(settings).build();
  }
}
