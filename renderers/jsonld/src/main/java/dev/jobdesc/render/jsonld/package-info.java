/**
 * The {@code jsonld} format: {@link dev.jobdesc.render.jsonld.JsonLdRenderer} renders a job
 * description as a schema.org {@code JobPosting} and a role as an {@code Occupation}, with a
 * {@code FAQPage} for their questions, as JSON-LD that is safe inside a {@code <script>} element;
 * {@link dev.jobdesc.render.jsonld.JsonLdCustomizer} adds or overrides properties.
 *
 * @since 0.1
 */
package dev.jobdesc.render.jsonld;
