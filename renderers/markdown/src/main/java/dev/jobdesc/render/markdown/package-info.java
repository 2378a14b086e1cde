/**
 * The Markdown renderer: {@link dev.jobdesc.render.markdown.MarkdownRenderer} writes a job
 * description or a role as CommonMark that GitHub Flavored Markdown reads the same way, every user
 * string escaped so that it stays text; {@link dev.jobdesc.render.markdown.MarkdownRendererProvider}
 * makes it discoverable as format {@code markdown}.
 *
 * @since 0.1
 */
package dev.jobdesc.render.markdown;
