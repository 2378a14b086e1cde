package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.junit.jupiter.api.Test;

/**
 * The hostile documents and the injection checks work together: writers that escape as a renderer
 * must pass on thousands of documents, and writers that do not are caught, with a replayable seed.
 */
class RenderingPropertiesTest {
  private static final int DOCUMENTS = 1000;
  private static final long RUN_SEED = CaseSeeds.seeds(1).findFirst().orElseThrow();

  private static final Set<String> HTML_TAGS =
      Set.of("html", "head", "meta", "title", "script", "body", "h1", "h2", "h3", "p", "ul", "li",
          "dl", "dt", "dd", "a");
  private static final Set<String> HTML_ATTRIBUTES = Set.of("lang", "charset", "type", "href");
  private static final Set<Class<? extends Node>> MARKDOWN_NODES =
      Set.of(Heading.class, BulletList.class, ListItem.class, StrongEmphasis.class, Link.class);

  @Test
  void writersThatEscapePassEveryCheck() {
    RenderingProperties.assertForHostileDocuments(
        RUN_SEED,
        DOCUMENTS,
        document -> {
          HtmlInjection.assertNoHtmlInjection(
              OutlineWriters.html(document, OutlineWriters.HTML_ESCAPE), HTML_TAGS, HTML_ATTRIBUTES);
          MarkdownInjection.assertNoMarkdownInjection(
              OutlineWriters.markdown(document, OutlineWriters.MARKDOWN_ESCAPE), MARKDOWN_NODES);
          ScriptSafeJson.assertScriptSafeJson(
              OutlineWriters.json(document, OutlineWriters.SCRIPT_SAFE_JSON));
        });
  }

  @Test
  void htmlWithoutEscapingIsCaught() {
    assertCaught(
        document ->
            HtmlInjection.assertNoHtmlInjection(
                OutlineWriters.html(document, UnaryOperator.identity()), HTML_TAGS, HTML_ATTRIBUTES),
        "HTML injection");
  }

  @Test
  void markdownWithoutEscapingIsCaught() {
    assertCaught(
        document ->
            MarkdownInjection.assertNoMarkdownInjection(
                OutlineWriters.markdown(document, UnaryOperator.identity()), MARKDOWN_NODES),
        "Markdown injection");
  }

  @Test
  void markdownThatEscapesOnlyAsterisksIsCaughtEvenWhereItWritesEmphasisItself() {
    UnaryOperator<String> asterisksOnly =
        text -> text.replace("\n", " ").replace("*", "\\*").replace("[", "\\[").replace("<", "\\<");
    assertCaught(
        document ->
            MarkdownInjection.assertNoMarkdownInjection(
                OutlineWriters.markdown(document, asterisksOnly), MARKDOWN_NODES),
        "Markdown injection");
  }

  @Test
  void jsonWithRawMarkupIsCaught() {
    assertCaught(
        document ->
            ScriptSafeJson.assertScriptSafeJson(
                OutlineWriters.json(document, OutlineWriters.PLAIN_JSON)),
        "a raw '");
  }

  @Test
  void aRendererThatThrowsIsCaughtWithItsSeed() {
    assertCaught(
        document -> {
          throw new IllegalStateException("renderer bug");
        },
        "java.lang.IllegalStateException: renderer bug");
  }

  private static void assertCaught(
      java.util.function.Consumer<dev.jobdesc.model.JobDocument> property, String problem) {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> RenderingProperties.assertForHostileDocuments(RUN_SEED, DOCUMENTS, property));
    String message = failure.getMessage();
    assertTrue(message.contains(problem), message);
    assertTrue(message.contains("make it again with DocumentGenerator.withSeed("), message);
    assertTrue(message.contains("(run seed " + RUN_SEED + ")"), message);
  }
}
