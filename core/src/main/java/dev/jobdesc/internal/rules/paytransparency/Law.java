package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.validation.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the jurisdiction table: the rules a jurisdiction's law asks for, each kind added
 * with its citation. Built once, when the profiles are.
 */
final class Law {
  private final Jurisdiction jurisdiction;
  private final String summary;
  private final List<Rule> rules = new ArrayList<>();

  private Law(Jurisdiction jurisdiction, String summary) {
    this.jurisdiction = jurisdiction;
    this.summary = summary;
  }

  /** The row of {@code jurisdiction}; {@code summary} names the law for the profile's description. */
  static Law of(Jurisdiction jurisdiction, String summary) {
    return new Law(jurisdiction, summary);
  }

  Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  String summary() {
    return summary;
  }

  List<Rule> rules() {
    return List.copyOf(rules);
  }

  /** Pay present, with both bounds. */
  Law range(PayRangeRule.Form form, String source) {
    return add(PayRangeRule.of(jurisdiction, form, source));
  }

  /** Pay per year or per hour. */
  Law payUnit(String source) {
    return add(PayUnitRule.of(jurisdiction, source));
  }

  /** Benefits described, in {@code detail}. */
  Law benefits(BenefitsRule.Detail detail, String source) {
    return add(BenefitsRule.of(jurisdiction, detail, source));
  }

  /** Bonuses, commissions and other compensation described. */
  Law otherCompensation(String source) {
    return add(OtherCompensationRule.of(jurisdiction, source));
  }

  /** The application deadline, or rolling applications. */
  Law deadline(String source) {
    return add(ApplicationRules.deadline(jurisdiction, source));
  }

  /** How to apply. */
  Law howToApply(String source) {
    return add(ApplicationRules.howToApply(jurisdiction, source));
  }

  /** A remote posting does not exclude Colorado; on-site jobs are done where they are. */
  Law remoteExclusion(String source) {
    return add(BarredTextRule.of(jurisdiction, "remote-exclusion",
        "a remote posting does not exclude Colorado applicants (\"except Colorado\").",
        source,
        job -> job.getWorkplace().map(w -> w.getArrangement() != WorkArrangement.ON_SITE).orElse(true),
        ColoradoExclusion.FINDER,
        m -> jurisdiction.displayName() + " does not allow a remote posting to exclude Colorado (\""
            + m.written() + "\"); remove the exclusion and give the pay and benefits that"
            + " Colorado requires",
        List.of()));
  }

  /** Ontario: range width, in CAD, and a warning for another currency. */
  Law ontarioRangeWidth(String source) {
    add(RangeWidthRules.ontarioWidth(jurisdiction, source));
    return add(RangeWidthRules.ontarioCurrency(jurisdiction, source));
  }

  /** Hawaii: a range that reasonably reflects the expected pay. */
  Law reasonableRange(String source) {
    return add(RangeWidthRules.hawaiiWidth(jurisdiction, source));
  }

  /** Whether artificial intelligence screens applicants, stated either way. */
  Law aiScreening(String source) {
    return add(OntarioStatementRules.aiScreening(jurisdiction, source));
  }

  /** Whether the posting is for an existing vacancy, stated either way. */
  Law existingVacancy(String source) {
    return add(OntarioStatementRules.existingVacancy(jurisdiction, source));
  }

  /** No "Canadian experience" requirement. */
  Law noCanadianExperience(String source) {
    return add(BarredTextRule.of(jurisdiction, "canadian-experience",
        "the posting does not require Canadian experience.",
        source,
        job -> true,
        CanadianExperience.FINDER,
        m -> jurisdiction.displayName() + " does not allow a job posting to require Canadian"
            + " experience (\"" + m.written() + "\"); remove it and describe the skill or"
            + " experience the job needs instead",
        List.of()));
  }

  /** No question about the applicant's pay history. */
  Law noPayHistory(String source) {
    return add(BarredTextRule.of(jurisdiction, "pay-history",
        "the posting does not ask for the applicant's pay history (\"current salary\"); asking for"
            + " salary expectations is allowed.",
        source,
        job -> true,
        PayHistoryQuestions.FINDER,
        m -> jurisdiction.displayName() + " bars asking applicants for their pay history (\""
            + m.written() + "\"); remove the question, and ask for salary expectations instead if"
            + " you need to",
        List.of("salary expectations")));
  }

  /** A gender-neutral job title. */
  Law genderNeutralTitle(String source) {
    return add(GenderNeutralTitleRule.of(jurisdiction, source));
  }

  private Law add(Rule rule) {
    rules.add(rule);
    return this;
  }
}
