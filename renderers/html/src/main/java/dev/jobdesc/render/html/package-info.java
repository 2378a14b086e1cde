/**
 * The HTML renderer: {@link dev.jobdesc.render.html.HtmlRenderer} writes a job description or a
 * role as a standalone, accessible HTML5 page or as an embeddable fragment with stable CSS class
 * names. Parts can be rendered differently with an {@link dev.jobdesc.render.html.HtmlPartRenderer}
 * that writes through the safe {@link dev.jobdesc.render.html.HtmlWriter}; an {@link
 * dev.jobdesc.render.html.HtmlRendererExtension} bundles such overrides. Formats {@code html} and
 * {@code html-fragment} are also found by {@link dev.jobdesc.render.Renderers} discovery.
 *
 * @since 0.1
 */
package dev.jobdesc.render.html;
