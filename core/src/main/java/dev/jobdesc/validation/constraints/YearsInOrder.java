package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.YearsInOrderValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An experience tier's {@code maxYears}, when given, is at least its {@code minYears}.
 *
 * <p>Rule {@code structure.experience-tiers.years}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {YearsInOrderValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface YearsInOrder {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.experience-tiers.years}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
