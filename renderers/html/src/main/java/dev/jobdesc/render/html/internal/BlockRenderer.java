package dev.jobdesc.render.html.internal;

import dev.jobdesc.render.Block;
import dev.jobdesc.render.Block.Bullets;
import dev.jobdesc.render.Block.Fact;
import dev.jobdesc.render.Block.Facts;
import dev.jobdesc.render.Block.Group;
import dev.jobdesc.render.Block.Item;
import dev.jobdesc.render.Block.Paragraph;
import dev.jobdesc.render.html.HtmlContext;
import dev.jobdesc.render.html.HtmlWriter;
import java.util.List;
import java.util.Optional;

/**
 * The built-in HTML of blocks: paragraphs as {@code p}, bullets as {@code ul}/{@code li}, facts
 * as a {@code dl}, groups as a {@code section} under their own heading. Every element that holds
 * document text has {@code dir="auto"}: right-to-left text lays out right among left-to-right
 * labels, and a stray bidi control in the text cannot reorder what follows the element.
 */
final class BlockRenderer {
  private static final String DIR = "dir";
  private static final String AUTO = "auto";
  private static final String CLASS = "class";

  private final HtmlWriter html;
  private final HtmlContext context;

  BlockRenderer(HtmlWriter html, HtmlContext context) {
    this.html = html;
    this.context = context;
  }

  /** Renders {@code blocks} under a heading of {@code depth}. */
  void render(List<Block> blocks, int depth) {
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        textElement("p", CssClasses.PARAGRAPH, paragraph.text());
      } else if (block instanceof Bullets bullets) {
        bullets(bullets);
      } else if (block instanceof Facts facts) {
        facts(facts);
      } else {
        group((Group) block, depth);
      }
    }
  }

  private void bullets(Bullets bullets) {
    html.start("ul", CLASS, CssClasses.LIST);
    bullets.items().forEach(this::item);
    html.end("ul");
  }

  /** Marker first, then the text, its notes in parentheses, and its detail after a colon. */
  private void item(Item item) {
    html.start("li", CLASS, CssClasses.ITEM);
    item.marker().ifPresent(marker -> {
      html.element("strong", CssClasses.ITEM_MARKER, marker);
      html.text(" ");
    });
    textElement("span", CssClasses.ITEM_TEXT, item.text());
    if (!item.notes().isEmpty()) {
      html.text(" ");
      html.start("span", CLASS, CssClasses.ITEM_NOTES);
      html.text("(");
      for (int i = 0; i < item.notes().size(); i++) {
        if (i > 0) {
          html.text("; ");
        }
        textElement("span", CssClasses.ITEM_NOTE, item.notes().get(i));
      }
      html.text(")");
      html.end("span");
    }
    item.detail().ifPresent(detail -> {
      html.text(": ");
      textElement("span", CssClasses.ITEM_DETAIL, detail);
    });
    html.end("li");
  }

  /** One {@code div} per fact, as HTML allows in a {@code dl}, so that each can be styled as a row. */
  private void facts(Facts facts) {
    html.start("dl", CLASS, CssClasses.FACTS);
    for (Fact fact : facts.facts()) {
      html.start("div", CLASS, CssClasses.FACT);
      html.element("dt", CssClasses.FACT_LABEL, fact.label());
      html.start("dd", CLASS, CssClasses.FACT_VALUE, DIR, AUTO);
      // The outline links only http(s) and mailto targets; a fact made elsewhere shows as text.
      Optional<String> link = fact.link().filter(LinkTargets::isAllowed);
      if (link.isPresent()) {
        html.start("a", CLASS, CssClasses.LINK, "href", link.get());
        html.text(fact.value());
        html.end("a");
      } else {
        html.text(fact.value());
      }
      html.end("dd");
      html.end("div");
    }
    html.end("dl");
  }

  private void group(Group group, int depth) {
    html.start("section", CLASS, CssClasses.GROUP);
    textElement(context.headingElement(depth + 1), CssClasses.GROUP_HEADING, group.heading());
    render(group.blocks(), depth + 1);
    html.end("section");
  }

  private void textElement(String name, String cssClass, String text) {
    html.start(name, CLASS, cssClass, DIR, AUTO);
    html.text(text);
    html.end(name);
  }
}
