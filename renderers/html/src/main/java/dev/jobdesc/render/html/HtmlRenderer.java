package dev.jobdesc.render.html;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.Renderers;
import dev.jobdesc.render.html.internal.HtmlLayout;
import dev.jobdesc.render.html.internal.Stylesheet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a job description or a role as HTML: a standalone HTML5 page (format {@code html}) or
 * an article to embed in a page of your own (format {@code html-fragment}). Built once with
 * {@link #builder()}, then immutable and thread-safe: every call makes its own writer and
 * context.
 *
 * <pre>{@code
 * HtmlRenderer page = HtmlRenderer.builder()
 *     .settings(RenderSettings.builder().locale(Locale.forLanguageTag("es")).build())
 *     .build();
 * String html = page.render(document);   // write it out as UTF-8
 * }</pre>
 *
 * <h2>The page</h2>
 *
 * <p>{@code <!DOCTYPE html>}, {@code <html lang>} from the render locale, {@code <meta
 * charset="utf-8">}, a viewport, {@code <title>}, the stylesheet (on by default), the JSON-LD of
 * the document in a {@code <script type="application/ld+json">} (on by default when a
 * {@code jsonld} renderer is on the class path), and in {@code <body><main>} the same article as
 * the fragment. It loads nothing from anywhere: no fonts, images or scripts.
 *
 * <h2>The article and its CSS classes</h2>
 *
 * <p>The document's parts in the settings' order, one element each. The title part is a
 * {@code header} with the only top-level heading ({@code h1} with heading offset 0); every other
 * part is a {@code section} with an {@code h2}; a group inside a part (an experience tier, a
 * section, a question) is a {@code section} with an {@code h3}. Headings go down by the settings'
 * {@linkplain RenderSettings#getHeadingOffset() heading offset}, to {@code h6} at most, so a
 * fragment nests under a host page's headings. (Leave {@link Part#TITLE} out of the settings'
 * parts and there is no top-level heading: do that only for a fragment under a heading of the
 * host's.) These class names are stable; theme the fragment with them:
 *
 * <table>
 *   <caption>CSS classes</caption>
 *   <tr><th>class</th><th>element</th><th>what</th></tr>
 *   <tr><td>{@code jobdesc}</td><td>{@code article}</td><td>the document (with {@code lang})</td></tr>
 *   <tr><td>{@code jobdesc-part jobdesc-part-NAME}</td><td>{@code header} for the title,
 *       {@code section} for the rest</td><td>a part; NAME is the {@link Part} in lower case:
 *       {@code title summary responsibilities qualifications experience pay benefits details
 *       application statements sections faqs}</td></tr>
 *   <tr><td>{@code jobdesc-title}</td><td>{@code h1}</td><td>the title</td></tr>
 *   <tr><td>{@code jobdesc-part-heading}</td><td>{@code h2}</td><td>a part's heading</td></tr>
 *   <tr><td>{@code jobdesc-group}</td><td>{@code section}</td><td>a group inside a part</td></tr>
 *   <tr><td>{@code jobdesc-group-heading}</td><td>{@code h3}</td><td>a group's heading</td></tr>
 *   <tr><td>{@code jobdesc-paragraph}</td><td>{@code p}</td><td>a paragraph</td></tr>
 *   <tr><td>{@code jobdesc-list}</td><td>{@code ul}</td><td>a list</td></tr>
 *   <tr><td>{@code jobdesc-item}</td><td>{@code li}</td><td>a list item</td></tr>
 *   <tr><td>{@code jobdesc-item-marker}</td><td>{@code strong}</td><td>an item's marker, such as
 *       "Preferred", before its text</td></tr>
 *   <tr><td>{@code jobdesc-item-text}</td><td>{@code span}</td><td>an item's text</td></tr>
 *   <tr><td>{@code jobdesc-item-notes}</td><td>{@code span}</td><td>an item's notes, in
 *       parentheses</td></tr>
 *   <tr><td>{@code jobdesc-item-note}</td><td>{@code span}</td><td>one note, such as
 *       "Education: High school"</td></tr>
 *   <tr><td>{@code jobdesc-item-detail}</td><td>{@code span}</td><td>an item's detail sentence,
 *       last</td></tr>
 *   <tr><td>{@code jobdesc-facts}</td><td>{@code dl}</td><td>label–value facts</td></tr>
 *   <tr><td>{@code jobdesc-fact}</td><td>{@code div}</td><td>one fact: a {@code dt} and a
 *       {@code dd}</td></tr>
 *   <tr><td>{@code jobdesc-fact-label}</td><td>{@code dt}</td><td>a fact's label</td></tr>
 *   <tr><td>{@code jobdesc-fact-value}</td><td>{@code dd}</td><td>a fact's value</td></tr>
 *   <tr><td>{@code jobdesc-link}</td><td>{@code a}</td><td>a link: only an organization's web
 *       site, the application URL and e-mail address, and only {@code http}, {@code https} or
 *       {@code mailto}</td></tr>
 * </table>
 *
 * <p>Every element holding document text has {@code dir="auto"}, so right-to-left text reads
 * right among the labels and a bidi control in it stays inside its element. The stylesheet
 * ({@link #defaultStylesheet()}) styles these classes only, so a host page can include it for
 * the fragment too.
 *
 * <h2>Safety</h2>
 *
 * <p>Document text reaches the HTML only through the OWASP Java Encoder, after the code points
 * HTML forbids (controls other than tab, line feed and carriage return; lone surrogates;
 * noncharacters) are replaced by U+FFFD; NEXT LINE (U+0085) becomes a line feed. Part renderers
 * write through the same {@link HtmlWriter}, which allows only a fixed set of elements and
 * attributes and only http(s) and mailto links. The embedded JSON-LD has {@code <}, {@code >},
 * {@code &} and forbidden code points written as JSON escapes, so it cannot end its script
 * element, whatever renderer made it.
 *
 * @since 0.1
 */
public final class HtmlRenderer implements Renderer {
  /** The format id of the page. */
  public static final String PAGE_FORMAT = "html";

  /** The format id of the fragment. */
  public static final String FRAGMENT_FORMAT = "html-fragment";

  private static final String JSON_LD_FORMAT = "jsonld";

  private final RenderSettings settings;
  private final boolean fragment;
  private final HtmlLayout layout;

  private HtmlRenderer(Builder builder, Optional<Renderer> jsonLd, boolean stylesheet) {
    this.settings = builder.settings;
    this.fragment = builder.fragment;
    this.layout =
        new HtmlLayout(
            builder.partRenderers, settings.getHeadingOffset(), fragment, stylesheet, jsonLd);
  }

  /** {@return a new builder: a page, default settings, stylesheet and JSON-LD on} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the built-in stylesheet, to include in a host page that embeds fragments: it styles the
   * {@code jobdesc-*} classes only, for screens of any width and for print}
   */
  public static String defaultStylesheet() {
    return Stylesheet.CSS;
  }

  /** {@value #PAGE_FORMAT} or {@value #FRAGMENT_FORMAT}. */
  @Override
  public String getFormatId() {
    return fragment ? FRAGMENT_FORMAT : PAGE_FORMAT;
  }

  /** Renders {@code document}; the page declares UTF-8, so write it out in UTF-8. */
  @Override
  public void render(JobDocument document, Appendable out) {
    Objects.requireNonNull(out, "out");
    layout.render(document, Outline.of(document, settings), out);
  }

  /**
   * Builds an {@link HtmlRenderer}. Not thread-safe; the renderer it builds is.
   *
   * @since 0.1
   */
  public static final class Builder {
    private RenderSettings settings = RenderSettings.defaults();
    private boolean fragment;
    private Boolean stylesheet;
    private boolean jsonLdChosen;
    private Renderer jsonLd;
    private final Map<Part, HtmlPartRenderer> partRenderers = new EnumMap<>(Part.class);

    private Builder() {}

    /**
     * Locale, parts and their order, heading offset, labels. Default: {@link RenderSettings#defaults()}.
     *
     * @param settings the settings to render with
     * @return this builder
     */
    public Builder settings(RenderSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * {@code true} renders the fragment (format {@value HtmlRenderer#FRAGMENT_FORMAT}): the article alone,
     * without stylesheet and, unless {@link #jsonLd} is set, without JSON-LD. Default:
     * {@code false}, the page.
     *
     * @param fragment {@code true} for the fragment, {@code false} for the page
     * @return this builder
     */
    public Builder fragment(boolean fragment) {
      this.fragment = fragment;
      return this;
    }

    /**
     * The renderer of the JSON-LD to embed, or {@code null} for none. Default: for a page, the
     * {@code jsonld} renderer found on the class path with this builder's settings, if any; for
     * a fragment, none (a set one goes at the end of the article). Its output is made safe for a
     * script element whatever it holds.
     *
     * @param jsonLd the JSON-LD renderer, or {@code null}
     * @return this builder
     */
    public Builder jsonLd(Renderer jsonLd) {
      this.jsonLd = jsonLd;
      this.jsonLdChosen = true;
      return this;
    }

    /**
     * Whether the page carries the built-in stylesheet. Default: {@code true} for a page. A
     * fragment cannot carry one ({@code <style>} belongs in the head): include {@link
     * HtmlRenderer#defaultStylesheet()} in the host page instead.
     *
     * @param stylesheet whether to embed the stylesheet
     * @return this builder
     */
    public Builder stylesheet(boolean stylesheet) {
      this.stylesheet = stylesheet;
      return this;
    }

    /**
     * Renders {@code part} with {@code renderer} instead of the built-in way. The first renderer
     * registered for a part wins, so an application's own registrations, made before its
     * extensions', take precedence; the built-in renderer comes last.
     *
     * @param part the part to render differently
     * @param renderer what renders it
     * @return this builder
     */
    public Builder partRenderer(Part part, HtmlPartRenderer renderer) {
      partRenderers.putIfAbsent(Objects.requireNonNull(part), Objects.requireNonNull(renderer));
      return this;
    }

    /**
     * Lets each extension configure this builder, in order.
     *
     * @param extensions the extensions, e.g. found with {@link java.util.ServiceLoader}
     * @return this builder
     */
    public Builder extensions(Iterable<? extends HtmlRendererExtension> extensions) {
      extensions.forEach(extension -> extension.extend(this));
      return this;
    }

    /**
     * {@return the renderer}
     *
     * @throws IllegalStateException when a fragment is asked to carry the stylesheet
     */
    public HtmlRenderer build() {
      if (fragment && Boolean.TRUE.equals(stylesheet)) {
        throw new IllegalStateException(
            "a fragment cannot carry the stylesheet: <style> belongs in the host page's head;"
                + " include HtmlRenderer.defaultStylesheet() there");
      }
      Optional<Renderer> jsonLdRenderer =
          jsonLdChosen ? Optional.ofNullable(jsonLd) : defaultJsonLd();
      return new HtmlRenderer(this, jsonLdRenderer, !fragment && !Boolean.FALSE.equals(stylesheet));
    }

    private Optional<Renderer> defaultJsonLd() {
      return fragment
          ? Optional.empty()
          : Renderers.find(JSON_LD_FORMAT).map(provider -> provider.create(settings));
    }
  }
}
