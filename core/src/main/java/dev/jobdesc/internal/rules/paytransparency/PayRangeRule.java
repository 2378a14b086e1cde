package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.model.PayRange;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Severity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code range}: the posting gives its pay with both a minimum and a maximum. Every law here asks
 * for a figure or a range, and an open-ended "from …" or "up to …" is neither (NYC, Colorado, BC
 * and Minnesota say so expressly; Washington and Maryland guidance implies it).
 */
final class PayRangeRule {

  /** What the law accepts. */
  enum Form {
    /** A range; the table gives no allowance for a single figure. */
    RANGE,
    /** A range, or one figure (minimum = maximum) when the pay is fixed. */
    RANGE_OR_FIXED_RATE
  }

  private PayRangeRule() {}

  static Rule of(Jurisdiction j, Form form, String source) {
    String description =
        form == Form.RANGE
            ? "the posting gives a pay range with a minimum and a different maximum; open-ended"
                + " (\"from\", \"up to\") ranges are not compliant."
            : "the posting gives the pay, or a pay range with a minimum and a maximum (equal for a"
                + " fixed rate); open-ended (\"from\", \"up to\") ranges are not compliant.";
    return Rules.rule(j, "range", Severity.ERROR, description, source,
        (job, context) -> check(j, form, job.getPay(), context));
  }

  private static void check(Jurisdiction j, Form form, Optional<PayRange> given, RuleContext context) {
    String name = j.displayName();
    Optional<BigDecimal> min = given.flatMap(PayRange::getMinimum);
    Optional<BigDecimal> max = given.flatMap(PayRange::getMaximum);
    if (min.isEmpty() && max.isEmpty()) {
      context.report("/pay", Rules.advice(form == Form.RANGE
          ? name + " requires a pay range in the posting; add pay with a minimum and a maximum"
          : name + " requires the pay or pay range in the posting; add pay with a minimum and a"
              + " maximum, equal for a fixed rate"));
    } else if (max.isEmpty()) {
      context.report(context
          .finding("/pay/maximum", Rules.advice(name + " does not accept an open-ended \"from\" pay"
              + " range; add the maximum you in good faith expect to pay"))
          .actual("from " + min.get().toPlainString()));
    } else if (min.isEmpty()) {
      context.report(context
          .finding("/pay/minimum", Rules.advice(name + " does not accept an open-ended \"up to\" pay"
              + " range; add the minimum you in good faith expect to pay"))
          .actual("up to " + max.get().toPlainString()));
    } else if (form == Form.RANGE && min.get().compareTo(max.get()) == 0) {
      context.report(context
          .finding("/pay", Rules.advice(name + " asks for a pay range rather than a single figure;"
              + " give the lowest and the highest pay you expect to offer as minimum and maximum"))
          .actual(min.get().toPlainString()));
    }
  }
}
