/**
 * The JSON-LD renderer: {@link dev.jobdesc.render.jsonld.JsonLdRenderer} writes schema.org
 * {@code JobPosting} and {@code Occupation}, discoverable as format {@code jsonld} through
 * {@link dev.jobdesc.render.RendererProvider}.
 *
 * @since 0.1
 */
module dev.jobdesc.renderer.jsonld {
  exports dev.jobdesc.render.jsonld;

  // Renderer, RenderSettings and the model are in this module's public signatures.
  requires transitive dev.jobdesc.core;
  // JsonLdCustomizer hands applications the Jackson ObjectNode it builds.
  requires transitive com.fasterxml.jackson.databind;
  requires owasp.encoder;

  provides dev.jobdesc.render.RendererProvider
      with dev.jobdesc.render.jsonld.JsonLdRendererProvider;
}
