package dev.jobdesc.testkit;

import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Checks that rendered Markdown holds only the structure its renderer writes, whatever the text of
 * the document (quality target R1): no link, image, HTML, emphasis, code, heading, list, quote or
 * table made from text. The Markdown is parsed with commonmark-java, with GitHub's tables and
 * strikethrough, and fails with an {@link AssertionError} naming the line and column of the first
 * node where:
 *
 * <ul>
 *   <li>the node's type is not among those the renderer writes (a document, paragraphs, text and
 *       line breaks always are);
 *   <li>a link or image points anywhere but to an absolute {@code http}, {@code https} or
 *       {@code mailto} URL or a {@code #fragment}, or to a host under {@code .invalid}, where only
 *       the payloads of {@link DocumentGenerator#hostile() hostile text} point;
 *   <li>a node other than a paragraph is made of nothing but the word {@code injected}: hostile
 *       text puts that word inside its markup ({@code *injected*}, {@code # injected},
 *       {@code - injected}), so such a node is markup from text even when its type is one the
 *       renderer writes, such as the emphasis of its own labels.
 * </ul>
 *
 * <p>GitHub also turns bare URLs in text into links; commonmark-java's autolink extension would
 * do so after escapes are resolved, which no escaping could pass, so this check leaves it out.
 *
 * <pre>{@code
 * MarkdownInjection.assertNoMarkdownInjection(renderer.render(document),
 *     Set.of(Heading.class, BulletList.class, ListItem.class, StrongEmphasis.class, Link.class));
 * }</pre>
 *
 * <p>Needs {@code org.commonmark:commonmark}, {@code commonmark-ext-gfm-tables} and
 * {@code commonmark-ext-gfm-strikethrough} on the test class path: the testkit depends on them
 * optionally.
 *
 * @since 0.1
 */
public final class MarkdownInjection {
  /** What any text makes: the document, its paragraphs, their text and line breaks. */
  private static final Set<Class<? extends Node>> TEXT_NODES =
      Set.of(Document.class, Paragraph.class, Text.class, SoftLineBreak.class, HardLineBreak.class);

  /** Immutable, so shared by every thread. */
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private MarkdownInjection() {}

  /**
   * Fails if {@code markdown} has a node, link target or markup that its renderer does not write.
   *
   * @param markdown what the renderer wrote
   * @param rendererNodeTypes the commonmark-java node types the renderer writes itself, such as
   *     {@code Heading.class} and {@code BulletList.class}
   */
  public static void assertNoMarkdownInjection(
      String markdown, Set<Class<? extends Node>> rendererNodeTypes) {
    check(PARSER.parse(markdown), rendererNodeTypes);
  }

  private static void check(Node node, Set<Class<? extends Node>> rendererNodeTypes) {
    String type = node.getClass().getSimpleName();
    boolean text = TEXT_NODES.contains(node.getClass());
    if (!text && !rendererNodeTypes.contains(node.getClass())) {
      fail(node, type + ", a node the renderer does not write");
    }
    if (node instanceof Link link) {
      LinkTargets.problem(link.getDestination()).ifPresent(p -> fail(node, "a link " + p));
    }
    if (node instanceof Image image) {
      LinkTargets.problem(image.getDestination()).ifPresent(p -> fail(node, "an image " + p));
    }
    if (!text && !(node instanceof Paragraph) && textOf(node).strip().equals(HostileText.MARKER)) {
      fail(node, type + " of nothing but \"" + HostileText.MARKER + "\": markup from text");
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      check(child, rendererNodeTypes);
    }
  }

  /** The text {@code node} shows: its text, code and line breaks, without markup. */
  private static String textOf(Node node) {
    StringBuilder text = new StringBuilder();
    appendText(node, text);
    return text.toString();
  }

  private static void appendText(Node node, StringBuilder text) {
    if (node instanceof Text t) {
      text.append(t.getLiteral());
    } else if (node instanceof Code code) {
      text.append(code.getLiteral());
    } else if (node instanceof FencedCodeBlock block) {
      text.append(block.getLiteral());
    } else if (node instanceof IndentedCodeBlock block) {
      text.append(block.getLiteral());
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      text.append('\n');
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      appendText(child, text);
    }
  }

  private static void fail(Node node, String problem) {
    List<SourceSpan> spans = node.getSourceSpans();
    String where =
        spans.isEmpty()
            ? ""
            : " at line " + (spans.get(0).getLineIndex() + 1)
                + ", column " + (spans.get(0).getColumnIndex() + 1);
    throw new AssertionError("Markdown injection" + where + ": " + problem);
  }
}
