package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;

/**
 * {@code other-compensation}: the posting describes bonuses, commissions and other compensation.
 * "None" is a description: the laws ask for what is offered, and saying nothing is offered is
 * the answer when nothing is.
 */
final class OtherCompensationRule {
  private OtherCompensationRule() {}

  static Rule of(Jurisdiction j, String source) {
    return Rules.rule(j, "other-compensation", Severity.ERROR,
        "the posting gives a general description of bonuses, commissions and other compensation"
            + " (otherCompensation; \"None\" when there is none).",
        source,
        (job, context) -> {
          if (job.getOtherCompensation().isEmpty()) {
            context.report("/otherCompensation", Rules.advice(j.displayName() + " requires a general"
                + " description of bonuses, commissions and other compensation; describe them in"
                + " otherCompensation, or write \"None\" if there are none"));
          }
        });
  }
}
