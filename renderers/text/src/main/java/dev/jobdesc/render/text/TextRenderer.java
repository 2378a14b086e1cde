package dev.jobdesc.render.text;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.text.internal.TextRenderCall;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a job description or a role as plain text for e-mail and applicant-tracking text fields:
 * the title underlined with {@code =}, each part's heading with {@code -}, groups (experience tiers,
 * questions, sections) as a heading line with their content indented below; paragraphs wrapped at
 * the width, never inside a word; {@code - } bullets with a hanging indent; facts as
 * {@code Label: value} lines. No markup of any kind; control characters and bidirectional overrides
 * in the data are replaced, so a document cannot disturb the terminal that shows it. Widths are
 * counted in terminal columns: a CJK character takes two, a combining mark none.
 *
 * <pre>{@code
 * TextRenderer renderer = TextRenderer.builder().width(72).build();
 * String text = renderer.render(document);
 * }</pre>
 *
 * <p>Immutable and thread-safe once built: build one, share it. The heading offset of the
 * settings does not apply, since plain text has no heading levels to nest in.
 *
 * @since 0.1
 */
public final class TextRenderer implements Renderer {
  /** The format id, {@value}. */
  public static final String FORMAT_ID = "text";
  /** The default width, {@value} columns. */
  public static final int DEFAULT_WIDTH = 80;
  /** The smallest width, {@value} columns: less leaves no room for text after indentation. */
  public static final int MIN_WIDTH = 20;

  private final RenderSettings settings;
  private final int width;
  private final Map<Part, TextPartRenderer> partRenderers;

  private TextRenderer(Builder builder) {
    this.settings = builder.settings;
    this.width = builder.width;
    this.partRenderers = Collections.unmodifiableMap(new EnumMap<>(builder.partRenderers));
  }

  /** {@return a renderer with the default settings and width} */
  public static TextRenderer create() {
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

  /** {@return the width lines are wrapped at, in columns} */
  public int getWidth() {
    return width;
  }

  @Override
  public void render(JobDocument document, Appendable out) {
    new TextRenderCall(Outline.of(document, settings), out, width, partRenderers).render();
  }

  /**
   * Builds a {@link TextRenderer}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private RenderSettings settings = RenderSettings.defaults();
    private int width = DEFAULT_WIDTH;
    private final Map<Part, TextPartRenderer> partRenderers = new EnumMap<>(Part.class);

    private Builder() {}

    /**
     * Renders with {@code settings}: locale, parts, labels. Default: {@link RenderSettings#defaults()}.
     *
     * @param settings the settings to render with
     * @return this builder
     */
    public Builder settings(RenderSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Wraps lines at {@code width} columns, at least {@link #MIN_WIDTH}. Default: {@value #DEFAULT_WIDTH}.
     *
     * @param width the line width, in columns
     * @return this builder
     */
    public Builder width(int width) {
      if (width < MIN_WIDTH) {
        throw new IllegalArgumentException("width must be at least " + MIN_WIDTH + ": " + width);
      }
      this.width = width;
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
    public Builder partRenderer(Part part, TextPartRenderer renderer) {
      partRenderers.putIfAbsent(Objects.requireNonNull(part, "part"), Objects.requireNonNull(renderer, "renderer"));
      return this;
    }

    /**
     * Lets each of {@code extensions}, in order, configure this builder. Default: none.
     *
     * @param extensions the extensions, e.g. found with {@link java.util.ServiceLoader}
     * @return this builder
     */
    public Builder extensions(Iterable<? extends TextRendererExtension> extensions) {
      for (TextRendererExtension extension : extensions) {
        extension.extend(this);
      }
      return this;
    }

    /** {@return the renderer} */
    public TextRenderer build() {
      return new TextRenderer(this);
    }
  }
}
