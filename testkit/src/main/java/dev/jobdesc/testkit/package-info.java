/**
 * Test support for code that handles job descriptions, usable from any test framework (it needs
 * none): {@link dev.jobdesc.testkit.DocumentGenerator} makes valid documents from a seed, and
 * with {@link dev.jobdesc.testkit.DocumentGenerator#hostile() hostile()} valid documents whose
 * text attacks whatever displays it; {@link dev.jobdesc.testkit.Breakage} breaks one in exactly
 * one way with the finding it must cause; {@link dev.jobdesc.testkit.Findings} asserts on
 * validation reports; {@link dev.jobdesc.testkit.HtmlInjection},
 * {@link dev.jobdesc.testkit.MarkdownInjection} and {@link dev.jobdesc.testkit.ScriptSafeJson}
 * assert that rendered output carries no markup from text, and
 * {@link dev.jobdesc.testkit.RenderingProperties} runs such a check over many hostile documents.
 * The HTML and Markdown checks need jsoup and commonmark-java, on which the testkit depends
 * optionally: add them to your test scope to use those checks.
 *
 * <p>Add {@code dev.jobdesc:jobdesc-testkit} to your test scope, and feed your property tests
 * from seeds, printing the seed of a failing case: the generator gives the same documents for the
 * same seed, so a failure is replayed with {@code DocumentGenerator.withSeed(thatSeed)}.
 *
 * @since 0.1
 */
package dev.jobdesc.testkit;
