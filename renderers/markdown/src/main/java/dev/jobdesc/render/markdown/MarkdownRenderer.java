package dev.jobdesc.render.markdown;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.markdown.internal.MarkdownRenderCall;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a job description or a role as CommonMark, which GitHub Flavored Markdown reads the same
 * way: the title as a level-1 ATX heading, parts as level 2, groups (experience tiers, questions,
 * sections) as level 3, all pushed down by the settings' heading offset and capped at 6;
 * paragraphs on one line each; {@code - } bullet lists; facts as {@code - **Label:** value} items,
 * the value a link only where the outline gives an {@code http}, {@code https} or {@code mailto}
 * target.
 *
 * <p>Every string of the document, labels and formatted figures too, goes through one escaping
 * function, so data never becomes markup: no emphasis, link, autolink, image, HTML, code, heading,
 * list, quote, table, thematic break, line break or entity. Parsed back, the text is the data's
 * text. Control characters and bidirectional overrides are replaced, as in plain text; runs of
 * whitespace and line breaks inside a string become one space. The output passes markdownlint's
 * default rules but line length.
 *
 * <pre>{@code
 * MarkdownRenderer renderer = MarkdownRenderer.builder()
 *     .settings(RenderSettings.builder().headingOffset(1).build())
 *     .build();
 * String markdown = renderer.render(document);
 * }</pre>
 *
 * <p>Immutable and thread-safe once built: build one, share it.
 *
 * @since 0.1
 */
public final class MarkdownRenderer implements Renderer {
  /** The format id, {@value}. */
  public static final String FORMAT_ID = "markdown";

  private final RenderSettings settings;
  private final Map<Part, MarkdownPartRenderer> partRenderers;

  private MarkdownRenderer(Builder builder) {
    this.settings = builder.settings;
    this.partRenderers = Collections.unmodifiableMap(new EnumMap<>(builder.partRenderers));
  }

  /** {@return a renderer with the default settings} */
  public static MarkdownRenderer create() {
    return builder().build();
  }

  /** {@return a builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String getFormatId() {
    return FORMAT_ID;
  }

  @Override
  public void render(JobDocument document, Appendable out) {
    Outline outline = Outline.of(document, settings);
    new MarkdownRenderCall(outline, out, settings.getHeadingOffset(), partRenderers).render();
  }

  /**
   * Builds a {@link MarkdownRenderer}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private RenderSettings settings = RenderSettings.defaults();
    private final Map<Part, MarkdownPartRenderer> partRenderers = new EnumMap<>(Part.class);

    private Builder() {}

    /**
     * Renders with {@code settings}: locale, parts, heading offset, labels. Default:
     * {@link RenderSettings#defaults()}.
     *
     * @param settings the settings to render with
     * @return this builder
     */
    public Builder settings(RenderSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Renders {@code part} with {@code renderer} instead of the default. When two renderers are
     * registered for the same part, the first one wins, so an application's own registration made
     * before adding extensions overrides theirs. Default: none, every part renders the default way.
     *
     * @param part the part to render differently
     * @param renderer what renders it
     * @return this builder
     */
    public Builder partRenderer(Part part, MarkdownPartRenderer renderer) {
      partRenderers.putIfAbsent(Objects.requireNonNull(part, "part"), Objects.requireNonNull(renderer, "renderer"));
      return this;
    }

    /**
     * Lets each of {@code extensions}, in order, configure this builder. Default: none.
     *
     * @param extensions the extensions, e.g. found with {@link java.util.ServiceLoader}
     * @return this builder
     */
    public Builder extensions(Iterable<? extends MarkdownRendererExtension> extensions) {
      for (MarkdownRendererExtension extension : extensions) {
        extension.extend(this);
      }
      return this;
    }

    /** {@return the renderer} */
    public MarkdownRenderer build() {
      return new MarkdownRenderer(this);
    }
  }
}
