package dev.jobdesc.internal.validation;

import dev.jobdesc.model.MarketPay;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.validation.constraints.CurrencyDigits;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** Checks {@link CurrencyDigits} on the types that carry amounts. */
public final class CurrencyDigitsValidator {
  private CurrencyDigitsValidator() {}

  /** {@link CurrencyDigits} on a {@link PayRange}. */
  public static final class ForPayRange implements ConstraintValidator<CurrencyDigits, PayRange> {
    @Override
    public boolean isValid(PayRange pay, ConstraintValidatorContext context) {
      if (pay == null) {
        return true;
      }
      boolean min = check(pay.getMinimum(), pay.getCurrency(), "minimum", context);
      boolean max = check(pay.getMaximum(), pay.getCurrency(), "maximum", context);
      return min && max;
    }
  }

  /** {@link CurrencyDigits} on a {@link MarketPay}. */
  public static final class ForMarketPay
      implements ConstraintValidator<CurrencyDigits, MarketPay> {
    @Override
    public boolean isValid(MarketPay pay, ConstraintValidatorContext context) {
      return pay == null
          || check(Optional.of(pay.getAmount()), pay.getCurrency(), "amount", context);
    }
  }

  private static boolean check(
      Optional<BigDecimal> amount,
      Currency currency,
      String property,
      ConstraintValidatorContext context) {
    int allowed = currency.getDefaultFractionDigits();
    if (amount.isEmpty() || allowed < 0) { // < 0: no minor unit defined (e.g. XAU), no limit
      return true;
    }
    // 35000.00 USD has 2 fraction digits written but 0 of substance: only substance counts.
    int digits = Math.max(0, amount.get().stripTrailingZeros().scale());
    if (digits <= allowed) {
      return true;
    }
    Violations.at(
        context,
        "structure.pay.fraction-digits",
        property,
        Map.of(
            "amount", amount.get().toPlainString(),
            "currency", currency.getCurrencyCode(),
            "allowed", allowed));
    return false;
  }
}
