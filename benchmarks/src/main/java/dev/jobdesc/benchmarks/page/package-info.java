/**
 * The baselines of P1: the HTML page of {@code HtmlRenderer} written by hand into a {@link
 * java.lang.StringBuilder}, and by a precompiled jte template. Both take the same {@link
 * dev.jobdesc.render.Outline} and give the same bytes as the renderer for any document (the
 * module's tests check it on every sample and on generated and hostile documents), so their
 * times are those of the same page.
 */
package dev.jobdesc.benchmarks.page;
