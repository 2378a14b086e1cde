package dev.jobdesc.render.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Rendered Markdown parsed back by commonmark-java, with GFM's tables and strikethrough, and read
 * the way the renderer writes it. The renderer writes only headings, paragraphs and bullet lists
 * whose items hold one paragraph; the only inline markup it writes is a bold label at the start of
 * an item and, after it, a link. Any other node — emphasis, code, HTML, a quote, a table, a line
 * break, a link anywhere else — came from data that escaped its escaping.
 */
final class MarkdownTree {
  private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(GFM).build();

  private final List<String> blockTexts = new ArrayList<>();
  private final List<String> foreignNodes = new ArrayList<>();
  private final List<String> linkDestinations = new ArrayList<>();
  private final List<Integer> headingLevels = new ArrayList<>();

  private MarkdownTree(Node document) {
    for (Node block : children(document)) {
      if (block instanceof Heading heading) {
        headingLevels.add(heading.getLevel());
        textOnly(heading);
      } else if (block instanceof Paragraph paragraph) {
        textOnly(paragraph);
      } else if (block instanceof BulletList list) {
        children(list).forEach(this::listItem);
      } else {
        foreign(block);
      }
    }
  }

  /** {@code markdown} parsed. */
  static MarkdownTree parse(String markdown) {
    return new MarkdownTree(PARSER.parse(markdown));
  }

  /** The text of each heading and paragraph, list items' included, in order. */
  List<String> blockTexts() {
    return blockTexts;
  }

  /** What no data may turn into, described with where it is; empty when all is well. */
  List<String> foreignNodes() {
    return foreignNodes;
  }

  /** The destination of each link, in order. */
  List<String> linkDestinations() {
    return linkDestinations;
  }

  /** The level of each heading, in order. */
  List<Integer> headingLevels() {
    return headingLevels;
  }

  private void textOnly(Node block) {
    children(block).stream().filter(inline -> !(inline instanceof Text)).forEach(this::foreign);
    blockTexts.add(plainText(block));
  }

  private void listItem(Node item) {
    List<Node> blocks = children(item);
    if (!(item instanceof ListItem) || blocks.size() != 1 || !(blocks.get(0) instanceof Paragraph paragraph)) {
      foreign(item);
      return;
    }
    List<Node> inlines = children(paragraph);
    for (int i = 0; i < inlines.size(); i++) {
      Node inline = inlines.get(i);
      boolean label = i == 0 && inline instanceof StrongEmphasis && plainText(inline).endsWith(":");
      boolean link = i == inlines.size() - 1 && i >= 2 && inlines.get(0) instanceof StrongEmphasis && inline instanceof Link;
      if (link) {
        linkDestinations.add(((Link) inline).getDestination());
      }
      boolean allowed = inline instanceof Text || label || link;
      if (!allowed || !onlyText(inline)) {
        foreign(inline);
      }
    }
    blockTexts.add(plainText(paragraph));
  }

  /** Whether every node below {@code node} is text. */
  private static boolean onlyText(Node node) {
    return children(node).stream().allMatch(child -> child instanceof Text);
  }

  private void foreign(Node node) {
    foreignNodes.add(node.getClass().getSimpleName() + " in \"" + plainText(node.getParent()) + "\"");
  }

  /** The text of {@code node}'s descendants, as a reader sees it. */
  private static String plainText(Node node) {
    if (node instanceof Text text) {
      return text.getLiteral();
    }
    StringBuilder text = new StringBuilder();
    for (Node child : children(node)) {
      text.append(plainText(child));
    }
    return text.toString();
  }

  private static List<Node> children(Node node) {
    List<Node> children = new ArrayList<>();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      children.add(child);
    }
    return children;
  }

  @Override
  public String toString() {
    return String.join("\n", blockTexts);
  }
}
