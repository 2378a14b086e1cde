package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.model.PayRange;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Severity;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * How wide a range may be. Ontario ({@code range-width}): at most CAD 50,000 a year, unless the
 * top of the range is above CAD 200,000 a year; a range in another currency cannot be measured
 * against a limit in Canadian dollars without an exchange rate, so {@code range-currency} asks the
 * employer to. Hawaii ({@code range-width}): a range that "reasonably reflects" the expected pay,
 * which a very wide one does not. Absent or open-ended pay is the {@code range} rule's finding.
 */
final class RangeWidthRules {
  private static final BigDecimal ONTARIO_MAX_WIDTH = new BigDecimal("50000");
  private static final BigDecimal ONTARIO_EXEMPT_ABOVE = new BigDecimal("200000");
  private static final String CAD = "CAD";

  /**
   * A Hawaii range whose maximum exceeds this multiple of its minimum is flagged. The statute
   * gives no number, so this is our own threshold: a range whose top is more than double its
   * bottom usually spans what are different levels of a job, and is unlikely to "reasonably
   * reflect" the pay expected for this one. Hence a warning, not an error.
   */
  static final BigDecimal HAWAII_MAX_TO_MIN_FACTOR = new BigDecimal("2");

  private RangeWidthRules() {}

  static Rule ontarioWidth(Jurisdiction j, String source) {
    return Rules.rule(j, "range-width", Severity.ERROR,
        "a pay range in CAD is at most CAD 50,000 a year wide (annualized), unless its top is above"
            + " CAD 200,000 a year.",
        source,
        (job, context) -> closedRange(job.getPay())
            .filter(pay -> pay.getCurrency().getCurrencyCode().equals(CAD))
            .ifPresent(pay -> checkOntarioWidth(j, pay, context)));
  }

  static Rule ontarioCurrency(Jurisdiction j, String source) {
    return Rules.rule(j, "range-currency", Severity.WARNING,
        "a pay range not in CAD is checked by hand against the CAD 50,000 limit on its width.",
        source,
        (job, context) -> closedRange(job.getPay())
            .filter(pay -> !pay.getCurrency().getCurrencyCode().equals(CAD))
            .ifPresent(pay -> context.report(context
                .finding("/pay/currency", Rules.advice(j.displayName() + "'s limit of CAD 50,000 a"
                    + " year on the width of a pay range is in Canadian dollars and this pay is in "
                    + pay.getCurrency().getCurrencyCode() + "; check that the range is no wider"
                    + " than CAD 50,000 a year, or post it in CAD"))
                .actual(pay.getCurrency().getCurrencyCode()))));
  }

  static Rule hawaiiWidth(Jurisdiction j, String source) {
    return Rules.rule(j, "range-width", Severity.WARNING,
        "the pay range reasonably reflects the expected pay: its maximum is at most twice its"
            + " minimum.",
        source,
        (job, context) -> closedRange(job.getPay()).ifPresent(pay -> {
          BigDecimal min = pay.getMinimum().orElseThrow();
          BigDecimal max = pay.getMaximum().orElseThrow();
          if (max.compareTo(min.multiply(HAWAII_MAX_TO_MIN_FACTOR)) > 0) {
            context.report(context
                .finding("/pay", Rules.advice(j.displayName() + " requires a range that"
                    + " reasonably reflects the expected pay, and this maximum is more than twice"
                    + " the minimum; narrow the range to what you actually expect to pay"))
                .actual(min.toPlainString() + "–" + max.toPlainString()));
          }
        }));
  }

  private static void checkOntarioWidth(Jurisdiction j, PayRange pay, RuleContext context) {
    PayRange annual = pay.annualized();
    BigDecimal min = annual.getMinimum().orElseThrow();
    BigDecimal max = annual.getMaximum().orElseThrow();
    if (max.compareTo(ONTARIO_EXEMPT_ABOVE) > 0) {
      return;
    }
    BigDecimal width = max.subtract(min);
    if (width.compareTo(ONTARIO_MAX_WIDTH) > 0) {
      context.report(context
          .finding("/pay", Rules.advice(j.displayName() + " limits a posted pay range to CAD 50,000"
              + " a year, and this one spans CAD " + amount(width) + " a year; narrow it to at most"
              + " CAD 50,000"))
          .actual("CAD " + amount(min) + "–" + amount(max) + " a year"));
    }
  }

  /** The pay when it is a range with both bounds and a positive minimum, the only kind measured. */
  private static Optional<PayRange> closedRange(Optional<PayRange> pay) {
    return pay.filter(p -> p.hasBothBounds()
        && p.getMinimum().orElseThrow().signum() > 0
        && p.getMaximum().orElseThrow().compareTo(p.getMinimum().orElseThrow()) > 0);
  }

  private static String amount(BigDecimal value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
