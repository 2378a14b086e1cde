/**
 * The HTML renderer: {@link dev.jobdesc.render.html.HtmlRenderer} writes a standalone HTML5 page
 * (format {@code html}) or an embeddable fragment (format {@code html-fragment}), both
 * discoverable through {@link dev.jobdesc.render.RendererProvider}. A page embeds the JSON-LD of
 * the {@code jsonld} renderer when that module is present; it is found through
 * {@link java.util.ServiceLoader}, so this module does not require it.
 *
 * @since 0.1
 */
module dev.jobdesc.renderer.html {
  exports dev.jobdesc.render.html;

  // Renderer, RenderSettings and the model are in this module's public signatures.
  requires transitive dev.jobdesc.core;
  requires owasp.encoder;

  provides dev.jobdesc.render.RendererProvider
      with dev.jobdesc.render.html.HtmlRendererProvider,
          dev.jobdesc.render.html.HtmlFragmentRendererProvider;
}
