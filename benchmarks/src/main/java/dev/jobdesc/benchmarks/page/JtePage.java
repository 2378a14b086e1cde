package dev.jobdesc.benchmarks.page;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.html.HtmlRenderer;
import dev.jobdesc.render.html.internal.HtmlText;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Baseline P1(b): the same page as a jte template ({@code src/main/jte/page.jte}), precompiled
 * to Java at build time by the jte Maven plugin, rendered through jte's OWASP output, which
 * escapes with the same encoder as the renderer. Text is cleaned of forbidden code points on the
 * way, as the renderer does.
 */
public final class JtePage {
  /** The renderer's stylesheet, for the template. */
  public static final String CSS = HtmlRenderer.defaultStylesheet();

  private static final Map<Part, String> PART_CLASSES = partClasses();

  private final RenderSettings settings = RenderSettings.defaults();
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** The page of {@code document}. */
  public String render(JobDocument document) {
    Outline outline = Outline.of(document, settings);
    StringOutput out = new StringOutput(CSS.length() + 48 * 1024);
    engine.render("page.jte", outline, new CleaningOutput(out));
    return out.toString();
  }

  /** The classes of a part's element, for the template. */
  public static String partClass(Part part) {
    return PART_CLASSES.get(part);
  }

  /** Whether a fact's link becomes a link, for the template. */
  public static boolean isAllowed(String href) {
    return Links.isAllowed(href);
  }

  private static Map<Part, String> partClasses() {
    Map<Part, String> classes = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      classes.put(
          part, "jobdesc-part jobdesc-part-" + part.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return classes;
  }

  /** jte's OWASP output, with the renderer's cleaning of forbidden code points first. */
  private static final class CleaningOutput extends OwaspHtmlTemplateOutput {
    CleaningOutput(StringOutput out) {
      super(out);
    }

    @Override
    public void writeUserContent(String value) {
      super.writeUserContent(value == null ? null : HtmlText.clean(value));
    }
  }
}
