package dev.jobdesc.render.html.internal;

import dev.jobdesc.render.OutlinePart;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.html.HtmlContext;
import dev.jobdesc.render.html.HtmlPartRenderer;
import dev.jobdesc.render.html.HtmlWriter;

/**
 * The built-in rendering of a part: the title part as a {@code header} with the document's one
 * top-level heading, every other part as a {@code section} under its heading.
 */
final class DefaultPartRenderer implements HtmlPartRenderer {
  static final DefaultPartRenderer INSTANCE = new DefaultPartRenderer();

  private static final int TITLE_DEPTH = 1;
  private static final int PART_DEPTH = 2;

  private DefaultPartRenderer() {}

  @Override
  public void render(OutlinePart part, HtmlContext context) {
    HtmlWriter html = context.writer();
    boolean title = part.part() == Part.TITLE;
    String element = title ? "header" : "section";
    int depth = title ? TITLE_DEPTH : PART_DEPTH;
    html.start(element, "class", CssClasses.part(part.part()));
    if (title) {
      // The title is the document's text; part headings are the renderer's labels.
      html.start(context.headingElement(depth), "class", CssClasses.TITLE, "dir", "auto");
      html.text(part.heading());
      html.end(context.headingElement(depth));
    } else {
      html.element(context.headingElement(depth), CssClasses.PART_HEADING, part.heading());
    }
    context.renderBlocks(part.blocks(), depth);
    html.end(element);
  }
}
