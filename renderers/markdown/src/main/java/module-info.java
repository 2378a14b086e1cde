/**
 * The Markdown renderer: {@link dev.jobdesc.render.markdown.MarkdownRenderer} writes CommonMark,
 * discoverable as format {@code markdown} through {@link dev.jobdesc.render.RendererProvider}.
 *
 * @since 0.1
 */
module dev.jobdesc.renderer.markdown {
  exports dev.jobdesc.render.markdown;

  // Renderer, RenderSettings and the model are in this module's public signatures.
  requires transitive dev.jobdesc.core;

  provides dev.jobdesc.render.RendererProvider
      with dev.jobdesc.render.markdown.MarkdownRendererProvider;
}
