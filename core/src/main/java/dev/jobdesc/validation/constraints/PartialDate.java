package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.PartialDateValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A year and month {@code YYYY-MM} or a date {@code YYYY-MM-DD}.
 *
 * <p>Rule {@code structure.date}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {PartialDateValidator.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PartialDate {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.date}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
