package dev.jobdesc.render;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every renderer can be configured with: the locale (default: the document's language),
 * which parts in which order (default: all, in {@link Part}'s order), a heading level offset
 * (default 0: the title is a level-1 heading), and label overrides. Immutable.
 *
 * @since 0.1
 */
public final class RenderSettings {
  private static final RenderSettings DEFAULTS = builder().build();

  private final Locale locale;
  private final List<Part> parts;
  private final int headingOffset;
  private final Map<String, String> labels;

  private RenderSettings(Builder builder) {
    this.locale = builder.locale;
    this.parts = List.copyOf(builder.parts);
    this.headingOffset = builder.headingOffset;
    this.labels = Map.copyOf(builder.labels);
  }

  /** {@return the defaults} */
  public static RenderSettings defaults() {
    return DEFAULTS;
  }

  /** {@return a new builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the locale to render in, when not the document's language} */
  public Optional<Locale> getLocale() {
    return Optional.ofNullable(locale);
  }

  /** {@return the parts to render, in order} */
  public List<Part> getParts() {
    return parts;
  }

  /** {@return how many levels to push every heading down (1: the title becomes {@code h2})} */
  public int getHeadingOffset() {
    return headingOffset;
  }

  /** {@return label overrides, key to text} */
  public Map<String, String> getLabels() {
    return labels;
  }

  /**
   * {@return the locale for {@code documentLanguage}: the configured one, else the document's}
   *
   * @param documentLanguage the language the document states
   */
  public Locale localeFor(Locale documentLanguage) {
    return locale != null ? locale : documentLanguage;
  }

  /** Builds {@link RenderSettings}. */
  public static final class Builder {
    private Locale locale;
    private List<Part> parts = Arrays.asList(Part.values());
    private int headingOffset;
    private final Map<String, String> labels = new HashMap<>();

    private Builder() {}

    /**
     * Renders in {@code locale} whatever the document's language; {@code null} for the document's.
     *
     * @param locale the rendering's language, or {@code null}
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = locale;
      return this;
    }

    /**
     * Renders only {@code parts}, in this order.
     *
     * @param parts the parts to render, in order
     * @return this builder
     */
    public Builder parts(List<Part> parts) {
      if (parts.stream().distinct().count() != parts.size()) {
        throw new IllegalArgumentException("a part is listed twice: " + parts);
      }
      this.parts = List.copyOf(parts);
      return this;
    }

    /**
     * Pushes every heading down by {@code offset} levels, 0 to 5.
     *
     * @param offset how many levels, 0 to 5
     * @return this builder
     */
    public Builder headingOffset(int offset) {
      if (offset < 0 || offset > 5) {
        throw new IllegalArgumentException("heading offset must be 0 to 5: " + offset);
      }
      this.headingOffset = offset;
      return this;
    }

    /**
     * Replaces the label {@code key} (see {@code dev/jobdesc/render/Labels.properties}).
     *
     * @param key the label's key
     * @param text the text in its place
     * @return this builder
     */
    public Builder label(String key, String text) {
      labels.put(Objects.requireNonNull(key), Objects.requireNonNull(text));
      return this;
    }

    /** {@return the settings} */
    public RenderSettings build() {
      return new RenderSettings(this);
    }
  }
}
