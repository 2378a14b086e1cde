package dev.jobdesc.validation;

import dev.jobdesc.model.JobDocument;
import java.time.Clock;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a {@link RuleCheck} reports to, one per rule and document: it knows the rule, so a finding
 * needs only a path and a message, and it gives the date of the validator's clock for rules about
 * expiry. Not thread-safe: it belongs to one check call.
 *
 * @since 0.1
 */
public final class RuleContext {
  private final Rule rule;
  private final Severity severity;
  private final JobDocument document;
  private final Clock clock;
  private final Map<Function<?, ?>, Object> shared;
  private final List<Finding> sink;

  RuleContext(
      Rule rule,
      Severity severity,
      JobDocument document,
      Clock clock,
      Map<Function<?, ?>, Object> shared,
      List<Finding> sink) {
    this.rule = rule;
    this.severity = severity;
    this.document = document;
    this.clock = clock;
    this.shared = shared;
    this.sink = sink;
  }

  /** A fresh cache for {@link #shared}, one per validated document. */
  static Map<Function<?, ?>, Object> newSharedCache() {
    return new IdentityHashMap<>();
  }

  /** {@return the rule being checked} */
  public Rule getRule() {
    return rule;
  }

  /** {@return the validator's clock, which {@code --now} fixes on the command line} */
  public Clock getClock() {
    return clock;
  }

  /** {@return today's date by the validator's clock, for rules about expiry and deadlines} */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * {@return the result of {@code computation} on the document being validated, computed once per document
   * and shared by every rule that asks: a walk over all of a document's text, say} The cache is
   * keyed by the function's identity, so keep it in a {@code static final} field.
   *
   * @param <T> the type of the result
   * @param computation a function of the document, the same for every rule that shares it
   */
  @SuppressWarnings("unchecked")
  public <T> T shared(Function<? super JobDocument, T> computation) {
    Objects.requireNonNull(computation, "computation");
    Object value = shared.get(computation);
    if (value == null) {
      value = Objects.requireNonNull(computation.apply(document), "computation returned null");
      shared.put(computation, value);
    }
    return (T) value;
  }

  /**
   * {@return a finding of this rule at {@code path}, with its id, severity, source and jurisdiction filled
   * in; add what else applies ({@code actual}, {@code suggestions}, {@code span}) and
   * {@link #report(Finding.Builder) report} it}
   *
   * @param path the JSON Pointer of the offending value
   * @param message what is wrong, for a person
   */
  public Finding.Builder finding(String path, String message) {
    return Finding.builder()
        .ruleId(rule.getId())
        .severity(severity)
        .path(path)
        .message(message)
        .source(rule.getSource().orElse(null))
        .jurisdiction(rule.getJurisdiction().orElse(null));
  }

  /**
   * Reports {@code finding}.
   *
   * @param finding a finding, as {@link #finding} starts it
   */
  public void report(Finding.Builder finding) {
    sink.add(finding.build());
  }

  /**
   * Reports a finding of this rule at {@code path} with {@code message}.
   *
   * @param path the JSON Pointer of the offending value
   * @param message what is wrong, for a person
   */
  public void report(String path, String message) {
    report(finding(path, message));
  }
}
