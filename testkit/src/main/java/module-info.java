/**
 * Seeded generators of valid, invalid and hostile job descriptions, and checks that rendered
 * output carries no markup from text. The HTML and Markdown checks need jsoup and commonmark-java,
 * which this module only reads when they are present: a test module that uses
 * {@link dev.jobdesc.testkit.HtmlInjection} or {@link dev.jobdesc.testkit.MarkdownInjection}
 * {@code requires org.jsoup} or {@code requires org.commonmark} (and its GFM extensions) itself.
 *
 * @since 0.1
 */
module dev.jobdesc.testkit {
  exports dev.jobdesc.testkit;

  // The generators make model documents and the checks take Renderers and reports.
  requires transitive dev.jobdesc.core;
  // ScriptSafeJson parses the JSON it checks.
  requires com.fasterxml.jackson.databind;
  // Optional, as in the POM: only the injection check of one format needs its parser.
  requires static org.jsoup;
  requires static org.commonmark;
  requires static org.commonmark.ext.gfm.tables;
  requires static org.commonmark.ext.gfm.strikethrough;
}
