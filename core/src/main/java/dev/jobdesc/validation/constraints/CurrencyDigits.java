package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.CurrencyDigitsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Amounts have no more fraction digits than their currency (USD 2, JPY 0).
 *
 * <p>Rule {@code structure.pay.fraction-digits}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {CurrencyDigitsValidator.ForPayRange.class, CurrencyDigitsValidator.ForMarketPay.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrencyDigits {
  /** The message template; its key is the rule id. */
  String message() default "{structure.pay.fraction-digits}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
