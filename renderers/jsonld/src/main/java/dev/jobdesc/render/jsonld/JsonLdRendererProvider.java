package dev.jobdesc.render.jsonld;

import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.RendererProvider;

/**
 * Provides the {@code jsonld} format to {@link dev.jobdesc.render.Renderers#discover()}: a
 * pretty-printed {@link JsonLdRenderer} with the given settings, written to {@code .jsonld} files.
 *
 * @since 0.1
 */
public final class JsonLdRendererProvider implements RendererProvider {

  /** Makes the provider; {@link java.util.ServiceLoader} calls this. */
  public JsonLdRendererProvider() {}

  @Override
  public String getFormatId() {
    return JsonLdRenderer.FORMAT_ID;
  }

  @Override
  public String getDescription() {
    return "schema.org JSON-LD: a JobPosting or an Occupation, with a FAQPage for the FAQs";
  }

  @Override
  public String getFileExtension() {
    return "jsonld";
  }

  @Override
  public Renderer create(RenderSettings settings) {
    return JsonLdRenderer.builder().settings(settings).build();
  }
}
