package dev.jobdesc.validation.constraints;

import dev.jobdesc.internal.validation.SectionContentValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A section has paragraphs, items, or both.
 *
 * <p>Rule {@code structure.section.content}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {SectionContentValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SectionContent {
  /** {@return the message template; its key is the rule id} */
  String message() default "{structure.section.content}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
