package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.internal.rules.Phrases;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.BenefitCategory;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code benefits}: the posting describes its benefits. Colorado asks for more: a general
 * description of <em>all</em> benefits (POST Rule 11.1.1(C) names health, retirement and paid
 * leave), and its INFO #9 guidance bars open lists that end in "etc." or "and more".
 */
final class BenefitsRule {

  /** How much the law asks for. */
  enum Detail {
    /** A general description: at least one benefit. */
    GENERAL,
    /** Colorado: health, retirement and paid leave each described, and no open-ended list. */
    ALL_BENEFITS
  }

  /**
   * A kind of benefit Colorado names, with the words that show it in a benefit without a
   * category. A benefit with a category counts for that category only: "Mental health days" filed
   * as PAID_TIME_OFF is leave, not health cover.
   */
  private record Kind(BenefitCategory category, String name, Phrases words) {
    boolean shownBy(Benefit benefit) {
      return benefit.getCategory().map(category::equals).orElseGet(() -> words.foundIn(benefit.getName()));
    }
  }

  private static final List<Kind> COLORADO_KINDS = List.of(
      new Kind(BenefitCategory.HEALTH, "health", Phrases.of(List.of("health", "healthcare", "medical"))),
      new Kind(BenefitCategory.RETIREMENT, "retirement", Phrases.of(List.of("retirement", "401(k)",
          "401k", "403(b)", "403b", "457(b)", "pension", "RRSP", "superannuation"))),
      new Kind(BenefitCategory.PAID_TIME_OFF, "paid leave", Phrases.of(List.of("paid time off", "PTO",
          "time off", "leave", "vacation", "holiday", "holidays", "sick days", "days off"))));

  /** What makes a list open-ended in the INFO #9 sense. */
  private static final Phrases OPEN_ENDED =
      Phrases.of(List.of("etc", "et cetera", "and more", "and much more", "and so on", "and others"));

  private BenefitsRule() {}

  static Rule of(Jurisdiction j, Detail detail, String source) {
    String description =
        detail == Detail.GENERAL
            ? "the posting gives a general description of the benefits offered."
            : "the posting gives a general description of all benefits, health, retirement and paid"
                + " leave included, without \"etc.\" or \"and more\".";
    return Rules.rule(j, "benefits", Severity.ERROR, description, source,
        (job, context) -> check(j, detail, job, context));
  }

  private static void check(Jurisdiction j, Detail detail, JobDescription job, RuleContext context) {
    List<Benefit> benefits = job.getBenefits();
    String name = j.displayName();
    if (detail == Detail.GENERAL) {
      if (benefits.isEmpty()) {
        context.report("/benefits", Rules.advice(name + " requires a general description of the"
            + " benefits in the posting; add the benefits offered, such as health insurance, a"
            + " retirement plan and paid time off"));
      }
      return;
    }
    if (benefits.isEmpty()) {
      context.report("/benefits", Rules.advice(name + " requires a general description of all"
          + " benefits (health, retirement, paid leave) in the posting; add benefits with those"
          + " categories"));
      return;
    }
    List<String> missing = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    for (Kind kind : COLORADO_KINDS) {
      if (benefits.stream().noneMatch(kind::shownBy)) {
        missing.add(kind.name());
        categories.add(kind.category().name());
      }
    }
    if (!missing.isEmpty()) {
      context.report(context
          .finding("/benefits", Rules.advice(name + " requires a general description of all"
              + " benefits, and none here is a " + joined(missing, " or ") + " benefit; add "
              + (missing.size() == 1 ? "it with category " : "them with categories ")
              + joined(categories, " and ")))
          .actual(String.join(", ", missing)));
    }
    for (int i = 0; i < benefits.size(); i++) {
      String text = benefits.get(i).getName();
      for (Phrases.Match m : OPEN_ENDED.find(text)) {
        // "etc." with its full stop, as the recruiter wrote it
        boolean stop = m.phrase().equals("etc") && m.end() < text.length() && text.charAt(m.end()) == '.';
        int end = stop ? m.end() + 1 : m.end();
        String written = text.substring(m.start(), end);
        context.report(context
            .finding("/benefits/" + i + "/name", Rules.advice(name + " does not accept \""
                + written + "\" in the benefits description; list every benefit instead"))
            .actual(written)
            .span(new Span(m.start(), end)));
      }
    }
  }

  /** "a", "a or b", "a, b or c". */
  private static String joined(List<String> words, String last) {
    int n = words.size();
    return n == 1 ? words.get(0) : String.join(", ", words.subList(0, n - 1)) + last + words.get(n - 1);
  }
}
