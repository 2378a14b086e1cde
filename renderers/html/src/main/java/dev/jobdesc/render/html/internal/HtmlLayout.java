package dev.jobdesc.render.html.internal;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.OutlinePart;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.html.HtmlPartRenderer;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out a rendered document: the page around the article, or the article alone as a
 * fragment. Immutable; each {@link #render} call makes its own writer and context.
 */
public final class HtmlLayout {
  private final Map<Part, HtmlPartRenderer> partRenderers;
  private final int headingOffset;
  private final boolean fragment;
  private final boolean stylesheet;
  private final Optional<Renderer> jsonLd;

  /**
   * A layout with the given part renderers (the built-in one renders the other parts), heading
   * offset, page or fragment, stylesheet on or off, and JSON-LD renderer if any.
   */
  public HtmlLayout(
      Map<Part, HtmlPartRenderer> partRenderers,
      int headingOffset,
      boolean fragment,
      boolean stylesheet,
      Optional<Renderer> jsonLd) {
    this.partRenderers = Map.copyOf(partRenderers);
    this.headingOffset = headingOffset;
    this.fragment = fragment;
    this.stylesheet = stylesheet;
    this.jsonLd = jsonLd;
  }

  /** Writes {@code outline}, the outline of {@code document}, to {@code out}. */
  public void render(JobDocument document, Outline outline, Appendable out) {
    SafeHtmlWriter html = new SafeHtmlWriter(out);
    if (fragment) {
      article(document, outline, html);
    } else {
      page(document, outline, html);
    }
  }

  private void page(JobDocument document, Outline outline, SafeHtmlWriter html) {
    html.markup("<!DOCTYPE html>\n<html lang=\"");
    html.attributeValue(outline.locale().toLanguageTag());
    html.markup("\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html.markup("<title>");
    html.text(outline.title());
    html.markup("</title>\n");
    if (stylesheet) {
      html.markup("<style>\n");
      html.markup(Stylesheet.CSS);
      html.markup("</style>\n");
    }
    jsonLd(document, html);
    html.markup("</head>\n<body>\n<main>\n");
    article(document, outline, html);
    html.markup("</main>\n</body>\n</html>\n");
  }

  /** The article: the fragment, and the page's content. */
  private void article(JobDocument document, Outline outline, SafeHtmlWriter html) {
    html.start("article", "class", CssClasses.ROOT, "lang", outline.locale().toLanguageTag());
    RenderContext context = new RenderContext(outline, html, headingOffset, partRenderers);
    for (OutlinePart part : outline.parts()) {
      context.renderPart(part);
    }
    if (fragment) {
      jsonLd(document, html); // a fragment has no head: the data goes with its article
    }
    html.end("article");
  }

  private void jsonLd(JobDocument document, SafeHtmlWriter html) {
    jsonLd.ifPresent(renderer -> {
      html.markup("<script type=\"application/ld+json\">\n");
      html.markup(JsonLdScript.scriptData(renderer.render(document)).strip());
      html.markup("\n</script>\n");
    });
  }
}
