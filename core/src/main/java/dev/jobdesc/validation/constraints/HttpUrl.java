package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.HttpUrlValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An absolute {@code http} or {@code https} URL with a host.
 *
 * <p>Rule {@code structure.url}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {HttpUrlValidator.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpUrl {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.url}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
