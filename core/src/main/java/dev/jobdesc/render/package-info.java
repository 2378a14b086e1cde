/**
 * The renderer SPI: {@link dev.jobdesc.render.Renderer} (one per format, immutable and
 * thread-safe once built), {@link dev.jobdesc.render.RendererProvider} for
 * {@link java.util.ServiceLoader} discovery, shared {@link dev.jobdesc.render.RenderSettings},
 * localized {@link dev.jobdesc.render.Labels} and {@link dev.jobdesc.render.LocalFormat}, and the
 * format-neutral {@link dev.jobdesc.render.Outline} that text, Markdown and HTML render.
 *
 * @since 0.1
 */
package dev.jobdesc.render;
