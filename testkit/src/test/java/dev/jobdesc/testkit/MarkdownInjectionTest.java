package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownInjectionTest {
  /** What a Markdown renderer may write itself: headings, lists, bold labels and links. */
  private static final Set<Class<? extends Node>> RENDERER_NODES =
      Set.of(Heading.class, BulletList.class, ListItem.class, StrongEmphasis.class, Link.class);

  @Test
  void escapedTextAndTheRenderersOwnMarkupPass() {
    MarkdownInjection.assertNoMarkdownInjection(
        "# \\# injected \\*injected\\*\n\n"
            + "- **Preferred** \\[injected\\]\\(https://x.invalid/\\) \\<b\\>injected\\</b\\>\n"
            + "- \\- injected\n"
            + "- injected\\\n  \\===\n\n"
            + "\\    injected code &#96;injected&#96; https://bare.invalid/\n\n"
            + "[Apply](<https://x.example/a)b(c>) [Mail](mailto:o'brien@x.example)\n",
        RENDERER_NODES);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      value = {
        "[injected](https://x.invalid/)     => a link points to a host under .invalid",
        "[x](javascript:alert(1))           => a link is not an absolute",
        "![injected](j)                     => Image, a node the renderer does not write",
        "*injected*                         => Emphasis, a node the renderer",
        "**injected**                       => StrongEmphasis of nothing but \"injected\"",
        "- injected                         => BulletList of nothing but",
        "# injected                         => Heading of nothing but",
        "`injected`                         => Code, a node the renderer",
        "<b>injected</b>                    => HtmlInline, a node the renderer",
        "~~injected~~                       => Strikethrough, a node the renderer",
        "> injected                         => BlockQuote, a node the renderer",
        "| injected |\\n| --- |             => TableBlock, a node the renderer",
        "injected\\n===                     => Heading of nothing but",
        "```\\ninjected\\n```               => FencedCodeBlock, a node the renderer",
        "<div>\\ninjected\\n</div>          => HtmlBlock, a node the renderer",
        "[r]: https://x.example/            => LinkReferenceDefinition, a node the renderer"
      })
  void eachKindOfInjectionFails(String markdown, String problem) {
    String text = markdown.replace("\\n", "\n");
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> MarkdownInjection.assertNoMarkdownInjection(text, RENDERER_NODES));
    assertTrue(failure.getMessage().contains(problem), failure::getMessage);
  }

  @Test
  void aFailureSaysWhere() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () ->
                MarkdownInjection.assertNoMarkdownInjection(
                    "# Title\n\nText and *injected*\n", RENDERER_NODES));
    assertEquals(
        "Markdown injection at line 3, column 10: Emphasis, a node the renderer does not write",
        failure.getMessage());
  }
}
