package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.ArrangementConsistentValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code REMOTE} workplace names applicant regions; any other names at least one location.
 *
 * <p>Rule {@code structure.workplace.locations}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {ArrangementConsistentValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ArrangementConsistent {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.workplace.locations}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
