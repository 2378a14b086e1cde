package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.DatesInOrderValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code validThrough} is on or after {@code posted}.
 *
 * <p>Rule {@code structure.dates.order}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {DatesInOrderValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DatesInOrder {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.dates.order}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
