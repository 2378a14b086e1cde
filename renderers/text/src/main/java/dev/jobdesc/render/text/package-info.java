/**
 * The plain-text renderer: {@link dev.jobdesc.render.text.TextRenderer} writes a job description or
 * a role as wrapped plain text for e-mail and applicant-tracking text fields, with no markup of any
 * kind; {@link dev.jobdesc.render.text.TextRendererProvider} makes it discoverable as format
 * {@code text}.
 *
 * @since 0.1
 */
package dev.jobdesc.render.text;
