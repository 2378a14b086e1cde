package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.NoBlankValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that, when present, is not blank (an absent value is fine).
 *
 * <p>Rule {@code structure.blank}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {NoBlankValidator.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoBlank {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.blank}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
