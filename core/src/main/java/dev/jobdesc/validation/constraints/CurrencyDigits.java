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
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.pay.fraction-digits}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
