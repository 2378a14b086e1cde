package dev.jobdesc.internal.rules;

import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which rules a validator reports and at what severity: allow and deny lists of ids or
 * {@code prefix.*} patterns, and severity overrides by id.
 */
public final class RuleSelection {
  private final List<String> allow;
  private final List<String> deny;
  private final Map<String, Severity> severities;

  /** A selection of {@code allow} (empty: every rule), less {@code deny}, with {@code severities}. */
  public RuleSelection(List<String> allow, List<String> deny, Map<String, Severity> severities) {
    this.allow = List.copyOf(allow);
    this.deny = List.copyOf(deny);
    this.severities = Map.copyOf(severities);
  }

  /** Whether findings of {@code ruleId} are reported. */
  public boolean reports(String ruleId) {
    if (ruleId.equals(Finding.SYNTAX)) {
      return true; // a document that cannot be read never passes silently
    }
    return (allow.isEmpty() || matchesAny(allow, ruleId)) && !matchesAny(deny, ruleId);
  }

  /** The severity findings of {@code rule} are reported at. */
  public Severity severityOf(Rule rule) {
    return severities.getOrDefault(rule.getId(), rule.getSeverity());
  }

  /** {@code rule} with the severity it is reported at. */
  public Rule adjusted(Rule rule) {
    Severity severity = severityOf(rule);
    return severity == rule.getSeverity() ? rule : rule.toBuilder().severity(severity).build();
  }

  /** {@code finding} as reported, or empty when its rule is not. */
  public Optional<Finding> apply(Finding finding) {
    if (!reports(finding.getRuleId())) {
      return Optional.empty();
    }
    Severity severity = severities.get(finding.getRuleId());
    return Optional.of(
        severity == null || severity == finding.getSeverity()
            ? finding
            : finding.toBuilder().severity(severity).build());
  }

  private static boolean matchesAny(List<String> patterns, String ruleId) {
    for (String pattern : patterns) {
      if (pattern.endsWith(".*")
          ? ruleId.startsWith(pattern.substring(0, pattern.length() - 1))
          : ruleId.equals(pattern)) {
        return true;
      }
    }
    return false;
  }
}
