package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.OccupationCodeFormatValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An O*NET-SOC code follows {@code \d{2}-\d{4}(\.\d{2})?} and a SOC code {@code \d{2}-\d{4}}.
 *
 * <p>Rule {@code structure.occupation.code}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {OccupationCodeFormatValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OccupationCodeFormat {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.occupation.code}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
