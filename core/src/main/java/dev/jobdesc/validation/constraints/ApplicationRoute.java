package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.ApplicationRouteValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An application gives at least one of instructions, a URL or an e-mail address.
 *
 * <p>Rule {@code structure.application.route}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {ApplicationRouteValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ApplicationRoute {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.application.route}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
