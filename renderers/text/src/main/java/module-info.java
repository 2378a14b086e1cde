/**
 * The plain-text renderer: {@link dev.jobdesc.render.text.TextRenderer}, discoverable as format
 * {@code text} through {@link dev.jobdesc.render.RendererProvider}.
 *
 * @since 0.1
 */
module dev.jobdesc.renderer.text {
  exports dev.jobdesc.render.text;

  // Renderer, RenderSettings and the model are in this module's public signatures.
  requires transitive dev.jobdesc.core;

  provides dev.jobdesc.render.RendererProvider with dev.jobdesc.render.text.TextRendererProvider;
}
