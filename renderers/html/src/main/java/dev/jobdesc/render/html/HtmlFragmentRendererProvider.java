package dev.jobdesc.render.html;

import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.RendererProvider;

/**
 * Provides format {@code html-fragment} to {@link dev.jobdesc.render.Renderers} discovery: the
 * page's article alone, with stable CSS class names, to embed in a page of your own.
 *
 * @since 0.1
 */
public final class HtmlFragmentRendererProvider implements RendererProvider {

  /** For {@link java.util.ServiceLoader}. */
  public HtmlFragmentRendererProvider() {}

  @Override
  public String getFormatId() {
    return HtmlRenderer.FRAGMENT_FORMAT;
  }

  @Override
  public String getDescription() {
    return "HTML fragment to embed in a page: one article with stable jobdesc-* CSS classes";
  }

  @Override
  public String getFileExtension() {
    return "html";
  }

  @Override
  public Renderer create(RenderSettings settings) {
    return HtmlRenderer.builder().settings(settings).fragment(true).build();
  }
}
