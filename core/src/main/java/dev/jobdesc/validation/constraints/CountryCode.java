package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.CountryCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An ISO 3166-1 alpha-2 country code, e.g. {@code US}.
 *
 * <p>Rule {@code structure.code.country}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {CountryCodeValidator.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.code.country}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
