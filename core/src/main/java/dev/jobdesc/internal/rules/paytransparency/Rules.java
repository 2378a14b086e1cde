package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.internal.rules.JobCheck;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;

/** What every pay-transparency rule shares: its id, category, jurisdiction and message style. */
final class Rules {
  /** The category of every rule here. */
  static final String CATEGORY = "pay-transparency";

  private Rules() {}

  /**
   * The rule {@code name} of {@code jurisdiction}, e.g. {@code pay-transparency.us-co.range}, that
   * checks job descriptions only; its description is prefixed with the jurisdiction's name.
   */
  static Rule rule(
      Jurisdiction jurisdiction,
      String name,
      Severity severity,
      String description,
      String source,
      JobCheck check) {
    return Rule.builder(jurisdiction.ruleId(name))
        .severity(severity)
        .category(CATEGORY)
        .description(jurisdiction.displayName() + ": " + description)
        .source(source)
        .jurisdiction(jurisdiction.code())
        .check(JobCheck.of(check)) // pay-transparency laws govern postings: a role passes
        .build();
  }

  /**
   * {@code sentence} (what is missing and what to do, without its full stop) as a message: these
   * rules read laws, and a recruiter must not take a finding, or its absence, for counsel.
   */
  static String advice(String sentence) {
    return sentence + " (not legal advice).";
  }
}
