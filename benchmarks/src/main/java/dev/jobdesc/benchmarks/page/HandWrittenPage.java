package dev.jobdesc.benchmarks.page;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Block;
import dev.jobdesc.render.Block.Bullets;
import dev.jobdesc.render.Block.Fact;
import dev.jobdesc.render.Block.Facts;
import dev.jobdesc.render.Block.Group;
import dev.jobdesc.render.Block.Item;
import dev.jobdesc.render.Block.Paragraph;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.OutlinePart;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.html.HtmlRenderer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Baseline P1(a): the page {@code HtmlRenderer} writes with default settings, stylesheet on and
 * no JSON-LD, written by hand into one {@link StringBuilder}: no allow-lists, no element stack,
 * no per-call objects besides the outline. The practical limit of writing that page.
 */
public final class HandWrittenPage {
  private static final int DEEPEST_HEADING = 6;

  private final RenderSettings settings = RenderSettings.defaults();
  private final String css = HtmlRenderer.defaultStylesheet();
  private final Map<Part, String> partClasses = new EnumMap<>(Part.class);

  /** A writer of the default page. */
  public HandWrittenPage() {
    for (Part part : Part.values()) {
      partClasses.put(
          part, "jobdesc-part jobdesc-part-" + part.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }

  /** The page of {@code document}. */
  public String render(JobDocument document) {
    Outline outline = Outline.of(document, settings);
    StringBuilder out = new StringBuilder(css.length() + 48 * 1024);
    String lang = outline.locale().toLanguageTag();
    out.append("<!DOCTYPE html>\n<html lang=\"");
    Escaping.attribute(out, lang);
    out.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>");
    Escaping.content(out, outline.title());
    out.append("</title>\n<style>\n").append(css).append("</style>\n")
        .append("</head>\n<body>\n<main>\n<article class=\"jobdesc\" lang=\"");
    Escaping.attribute(out, lang);
    out.append("\">\n");
    for (OutlinePart part : outline.parts()) {
      part(out, part);
    }
    out.append("</article>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void part(StringBuilder out, OutlinePart part) {
    if (part.part() == Part.TITLE) {
      out.append("<header class=\"").append(partClasses.get(part.part())).append("\">\n")
          .append("<h1 class=\"jobdesc-title\" dir=\"auto\">");
      Escaping.content(out, part.heading());
      out.append("</h1>\n");
      blocks(out, part.blocks(), 1);
      out.append("</header>\n");
    } else {
      out.append("<section class=\"").append(partClasses.get(part.part())).append("\">\n")
          .append("<h2 class=\"jobdesc-part-heading\">");
      Escaping.content(out, part.heading());
      out.append("</h2>\n");
      blocks(out, part.blocks(), 2);
      out.append("</section>\n");
    }
  }

  private void blocks(StringBuilder out, List<Block> blocks, int depth) {
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        out.append("<p class=\"jobdesc-paragraph\" dir=\"auto\">");
        Escaping.content(out, paragraph.text());
        out.append("</p>\n");
      } else if (block instanceof Bullets bullets) {
        out.append("<ul class=\"jobdesc-list\">\n");
        for (Item item : bullets.items()) {
          item(out, item);
        }
        out.append("</ul>\n");
      } else if (block instanceof Facts facts) {
        facts(out, facts);
      } else {
        Group group = (Group) block;
        int level = Math.min(DEEPEST_HEADING, depth + 1);
        out.append("<section class=\"jobdesc-group\">\n<h").append(level)
            .append(" class=\"jobdesc-group-heading\" dir=\"auto\">");
        Escaping.content(out, group.heading());
        out.append("</h").append(level).append(">\n");
        blocks(out, group.blocks(), depth + 1);
        out.append("</section>\n");
      }
    }
  }

  private static void item(StringBuilder out, Item item) {
    out.append("<li class=\"jobdesc-item\">");
    if (item.marker().isPresent()) {
      out.append("<strong class=\"jobdesc-item-marker\">");
      Escaping.content(out, item.marker().get());
      out.append("</strong> ");
    }
    out.append("<span class=\"jobdesc-item-text\" dir=\"auto\">");
    Escaping.content(out, item.text());
    out.append("</span>");
    List<String> notes = item.notes();
    if (!notes.isEmpty()) {
      out.append(" <span class=\"jobdesc-item-notes\">(");
      for (int i = 0; i < notes.size(); i++) {
        if (i > 0) {
          out.append("; ");
        }
        out.append("<span class=\"jobdesc-item-note\" dir=\"auto\">");
        Escaping.content(out, notes.get(i));
        out.append("</span>");
      }
      out.append(")</span>");
    }
    if (item.detail().isPresent()) {
      out.append(": <span class=\"jobdesc-item-detail\" dir=\"auto\">");
      Escaping.content(out, item.detail().get());
      out.append("</span>");
    }
    out.append("</li>\n");
  }

  private static void facts(StringBuilder out, Facts facts) {
    out.append("<dl class=\"jobdesc-facts\">\n");
    for (Fact fact : facts.facts()) {
      out.append("<div class=\"jobdesc-fact\"><dt class=\"jobdesc-fact-label\">");
      Escaping.content(out, fact.label());
      out.append("</dt>\n<dd class=\"jobdesc-fact-value\" dir=\"auto\">");
      if (fact.link().isPresent() && Links.isAllowed(fact.link().get())) {
        out.append("<a class=\"jobdesc-link\" href=\"");
        Escaping.attribute(out, fact.link().get());
        out.append("\">");
        Escaping.content(out, fact.value());
        out.append("</a>");
      } else {
        Escaping.content(out, fact.value());
      }
      out.append("</dd>\n</div>\n");
    }
    out.append("</dl>\n");
  }
}
