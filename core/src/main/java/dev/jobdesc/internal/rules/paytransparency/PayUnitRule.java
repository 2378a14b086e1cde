package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;

/**
 * {@code pay-unit}: the pay is an annual salary or an hourly wage, as NYC, New York State and
 * Massachusetts word it; a monthly or weekly figure is not what they ask for. Absent pay is the
 * {@code range} rule's finding.
 */
final class PayUnitRule {
  private PayUnitRule() {}

  static Rule of(Jurisdiction j, String source) {
    return Rules.rule(j, "pay-unit", Severity.ERROR,
        "the pay is stated as an annual salary or an hourly wage (period YEAR or HOUR).",
        source,
        (job, context) -> job.getPay().map(PayRange::getPeriod).ifPresent(period -> {
          if (period != PayPeriod.YEAR && period != PayPeriod.HOUR) {
            context.report(context
                .finding("/pay/period", Rules.advice(j.displayName() + " requires an annual salary"
                    + " or an hourly wage; state the pay per YEAR or per HOUR instead of per "
                    + period))
                .actual(period.name()));
          }
        }));
  }
}
