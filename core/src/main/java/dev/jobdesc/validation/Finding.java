package dev.jobdesc.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One problem found in a document: which rule, how serious, where (JSON Pointer, and line and
 * column when the document came from a file), and what to do, in one sentence.
 *
 * @since 0.1
 */
public final class Finding {
  /** The rule id of a document that could not be read: bad syntax, wrong type, unknown key… */
  public static final String SYNTAX = "syntax";

  private final String ruleId;
  private final Severity severity;
  private final String path;
  private final String message;
  private final int line;
  private final int column;
  private final String actual;
  private final Span span;
  private final List<String> suggestions;
  private final String source;
  private final String jurisdiction;

  private Finding(Builder b) {
    this.ruleId = Objects.requireNonNull(b.ruleId, "ruleId");
    this.severity = Objects.requireNonNull(b.severity, "severity");
    this.path = Objects.requireNonNull(b.path, "path");
    this.message = Objects.requireNonNull(b.message, "message");
    this.line = b.line;
    this.column = b.column;
    this.actual = b.actual;
    this.span = b.span;
    this.suggestions = List.copyOf(b.suggestions);
    this.source = b.source;
    this.jurisdiction = b.jurisdiction;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this finding's values} */
  public Builder toBuilder() {
    return new Builder()
        .ruleId(ruleId)
        .severity(severity)
        .path(path)
        .message(message)
        .location(line, column)
        .actual(actual)
        .span(span)
        .suggestions(suggestions)
        .source(source)
        .jurisdiction(jurisdiction);
  }

  /** {@return the stable dotted rule id, e.g. {@code structure.pay.range-order}} */
  public String getRuleId() {
    return ruleId;
  }

  /** {@return how serious the finding is} */
  public Severity getSeverity() {
    return severity;
  }

  /** {@return the JSON Pointer of the offending value, e.g. {@code /role/experienceTiers/1/minYears}} */
  public String getPath() {
    return path;
  }

  /** {@return what is wrong and what to do, in one sentence} */
  public String getMessage() {
    return message;
  }

  /** {@return the 1-based line in the source file, when known} */
  public OptionalInt getLine() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** {@return the 1-based column in the source file, when known} */
  public OptionalInt getColumn() {
    return line > 0 && column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** {@return the offending text, when it helps} */
  public Optional<String> getActual() {
    return Optional.ofNullable(actual);
  }

  /** {@return where in the text value at {@link #getPath()} the offending text is, when it is part of it} */
  public Optional<Span> getSpan() {
    return Optional.ofNullable(span);
  }

  /** {@return replacements to consider} */
  public List<String> getSuggestions() {
    return suggestions;
  }

  /** {@return the citation behind the rule: statute, documentation, paper} */
  public Optional<String> getSource() {
    return Optional.ofNullable(source);
  }

  /** {@return the jurisdiction the rule belongs to, e.g. {@code US-CO}} */
  public Optional<String> getJurisdiction() {
    return Optional.ofNullable(jurisdiction);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f
        && ruleId.equals(f.ruleId)
        && severity == f.severity
        && path.equals(f.path)
        && message.equals(f.message)
        && line == f.line
        && column == f.column
        && Objects.equals(actual, f.actual)
        && Objects.equals(span, f.span)
        && suggestions.equals(f.suggestions)
        && Objects.equals(source, f.source)
        && Objects.equals(jurisdiction, f.jurisdiction);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, path, message, line, column, actual, suggestions);
  }

  /** {@code [LINE:COL: ]SEVERITY RULE-ID MESSAGE (at PATH)}; the position only when known. */
  @Override
  public String toString() {
    String position = line > 0 ? line + ":" + column + ": " : "";
    return position + severity + " " + ruleId + " " + message + " (at " + path + ")";
  }

  /** Builds a {@link Finding}; rule id, severity, path and message are required. */
  public static final class Builder {
    private String ruleId;
    private Severity severity;
    private String path;
    private String message;
    private int line;
    private int column;
    private String actual;
    private Span span;
    private List<String> suggestions = List.of();
    private String source;
    private String jurisdiction;

    private Builder() {}

    /**
     * Sets the rule id.
     *
     * @param ruleId the id of the rule that found it
     * @return this builder
     */
    public Builder ruleId(String ruleId) {
      this.ruleId = ruleId;
      return this;
    }

    /**
     * Sets the severity.
     *
     * @param severity how serious it is
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Sets the JSON Pointer.
     *
     * @param path the JSON Pointer of the offending value
     * @return this builder
     */
    public Builder path(String path) {
      this.path = path;
      return this;
    }

    /**
     * Sets the message.
     *
     * @param message what is wrong, for a person
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * Sets the 1-based line and column; 0 for unknown.
     *
     * @param line the 1-based line, 0 for unknown
     * @param column the 1-based column, 0 for unknown
     * @return this builder
     */
    public Builder location(int line, int column) {
      this.line = Math.max(0, line);
      this.column = Math.max(0, column);
      return this;
    }

    /**
     * Sets the offending text.
     *
     * @param actual the offending text, as the document has it
     * @return this builder
     */
    public Builder actual(String actual) {
      this.actual = actual;
      return this;
    }

    /**
     * Sets where in the text value the offending text is.
     *
     * @param span the offending text's place in the value
     * @return this builder
     */
    public Builder span(Span span) {
      this.span = span;
      return this;
    }

    /**
     * Sets the suggestions.
     *
     * @param suggestions what to write instead, best first
     * @return this builder
     */
    public Builder suggestions(List<String> suggestions) {
      this.suggestions = suggestions;
      return this;
    }

    /**
     * Sets the citation.
     *
     * @param source the law, guideline or study the rule cites
     * @return this builder
     */
    public Builder source(String source) {
      this.source = source;
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
     * Builds the finding.
     *
     * @return the finding; its rule id, severity, path and message are required
     */
    public Finding build() {
      return new Finding(this);
    }
  }
}
