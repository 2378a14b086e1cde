package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.PayBoundsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A pay range has a minimum or a maximum, and {@code minimum ≤ maximum} when it has both.
 *
 * <p>Rule {@code structure.pay.range-order}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {PayBoundsValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PayBounds {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.pay.range-order}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
