package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.EducationLevelOnEducationValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only an {@code EDUCATION} qualification has an education level.
 *
 * <p>Rule {@code structure.qualification.education-level}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {EducationLevelOnEducationValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EducationLevelOnEducation {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.qualification.education-level}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
