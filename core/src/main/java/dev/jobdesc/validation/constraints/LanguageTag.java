package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.LanguageTagValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A BCP-47 language tag whose language is an ISO 639 code, e.g. {@code en-US}.
 *
 * <p>Rule {@code structure.code.language}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {LanguageTagValidator.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.code.language}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
