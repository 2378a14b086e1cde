package dev.jobdesc.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule: a stable id, a default severity, a category, what it checks, the source it rests on,
 * and the check itself. Rules are small immutable values; a {@link Profile} is a named list of
 * them, and an application adds its own the same way:
 *
 * <pre>{@code
 * Rule noInternalCodes = Rule.builder("acme.title.no-codes")
 *     .severity(Severity.WARNING)
 *     .category("house-style")
 *     .description("Titles carry no internal requisition codes.")
 *     .check((document, context) -> {
 *       if (document instanceof JobDescription job && job.displayTitle().contains("REQ-")) {
 *         context.report("/title", "Take the requisition code out of the title.");
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>A rule built without a check is <em>declared</em>: its findings come from elsewhere (the
 * reader's {@code syntax} findings, the Bean Validation constraints of {@code structure}), and it
 * is listed so that reports and {@code jobdesc profiles} can describe it.
 *
 * @since 0.1
 */
public final class Rule {
  /** Lower-case dotted words of letters, digits and hyphens, e.g. {@code pay-transparency.us-co.range}. */
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*");

  private final String id;
  private final Severity severity;
  private final String category;
  private final String description;
  private final String source;
  private final String sourceUrl;
  private final String jurisdiction;
  private final RuleCheck check;

  private Rule(Builder b) {
    this.id = b.id;
    this.severity = Objects.requireNonNull(b.severity, "severity");
    this.category = Objects.requireNonNull(b.category, "category");
    this.description = Objects.requireNonNull(b.description, "description");
    this.source = b.source;
    this.sourceUrl = b.sourceUrl;
    this.jurisdiction = b.jurisdiction;
    this.check = b.check;
  }

  /**
   * {@return a builder of the rule {@code id}: lower-case dotted words such as
   * {@code publishable.placeholder}} Severity defaults to {@link Severity#ERROR}; category and
   * description are required.
   *
   * @param id the rule's id
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** {@return the stable dotted id, e.g. {@code pay-transparency.us-co.benefits}} */
  public String getId() {
    return id;
  }

  /** {@return the severity of its findings unless a validator is told otherwise} */
  public Severity getSeverity() {
    return severity;
  }

  /** {@return the group it belongs to, e.g. {@code pay-transparency} or {@code language}} */
  public String getCategory() {
    return category;
  }

  /** {@return what the rule checks and why, in a sentence or two: the help text of reports} */
  public String getDescription() {
    return description;
  }

  /** {@return the citation behind the rule: statute, regulation, documentation, paper} */
  public Optional<String> getSource() {
    return Optional.ofNullable(source);
  }

  /** {@return a link to the source, when it has one} */
  public Optional<String> getSourceUrl() {
    return Optional.ofNullable(sourceUrl);
  }

  /** {@return the jurisdiction whose law the rule checks, e.g. {@code US-CO}} */
  public Optional<String> getJurisdiction() {
    return Optional.ofNullable(jurisdiction);
  }

  /** {@return the check, absent for a declared rule whose findings come from elsewhere} */
  public Optional<RuleCheck> getCheck() {
    return Optional.ofNullable(check);
  }

  /** {@return a builder holding this rule's values} */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.severity = severity;
    b.category = category;
    b.description = description;
    b.source = source;
    b.sourceUrl = sourceUrl;
    b.jurisdiction = jurisdiction;
    b.check = check;
    return b;
  }

  /** {@code ID (SEVERITY)}. */
  @Override
  public String toString() {
    return id + " (" + severity + ")";
  }

  /** Builds a {@link Rule}. */
  public static final class Builder {
    private final String id;
    private Severity severity = Severity.ERROR;
    private String category;
    private String description;
    private String source;
    private String sourceUrl;
    private String jurisdiction;
    private RuleCheck check;

    private Builder(String id) {
      Objects.requireNonNull(id, "id");
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "rule id '" + id + "' is not lower-case dotted words, such as acme.title.no-codes");
      }
      this.id = id;
    }

    /**
     * Sets the default severity.
     *
     * @param severity the severity its findings get unless a validator says otherwise
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Sets the category.
     *
     * @param category a grouping for reports, e.g. {@code house-style}
     * @return this builder
     */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /**
     * Sets what the rule checks.
     *
     * @param description one sentence on what the rule checks
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the citation.
     *
     * @param source the law, guideline or study the rule follows
     * @return this builder
     */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /**
     * Sets the link to the source.
     *
     * @param sourceUrl a link to that source
     * @return this builder
     */
    public Builder sourceUrl(String sourceUrl) {
      this.sourceUrl = sourceUrl;
      return this;
    }

    /**
     * Sets the jurisdiction.
     *
     * @param jurisdiction the jurisdiction code, e.g. {@code US-CO}
     * @return this builder
     */
    public Builder jurisdiction(String jurisdiction) {
      this.jurisdiction = jurisdiction;
      return this;
    }

    /**
     * Sets the check.
     *
     * @param check the code that finds the rule's problems
     * @return this builder
     */
    public Builder check(RuleCheck check) {
      this.check = check;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule; its description is required
     */
    public Rule build() {
      return new Rule(this);
    }
  }
}
