package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.TiersInOrderValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A role's experience tiers are listed in strictly increasing {@code minYears}, do not overlap (a tier's {@code maxYears} does not exceed the next tier's {@code minYears}), and have unique levels.
 *
 * <p>Rule {@code structure.experience-tiers.order}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {TiersInOrderValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TiersInOrder {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.experience-tiers.order}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
