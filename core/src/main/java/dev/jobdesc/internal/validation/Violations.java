package dev.jobdesc.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Reports a violation of a cross-field rule at the property it concerns. */
final class Violations {
  private Violations() {}

  /** Reports {@code {ruleId}} at {@code property} of the validated object, with parameters. */
  static void at(
      ConstraintValidatorContext context, String ruleId, String property, Map<String, ?> params) {
    HibernateConstraintValidatorContext hibernate = withParams(context, params);
    hibernate.disableDefaultConstraintViolation();
    var builder = hibernate.buildConstraintViolationWithTemplate("{" + ruleId + "}");
    if (property == null) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(property).addConstraintViolation();
    }
  }

  /** Reports {@code {ruleId}} at {@code property} of element {@code index} of {@code list}. */
  static void atElement(
      ConstraintValidatorContext context,
      String ruleId,
      String list,
      int index,
      String property,
      Map<String, ?> params) {
    HibernateConstraintValidatorContext hibernate = withParams(context, params);
    hibernate.disableDefaultConstraintViolation();
    hibernate
        .buildConstraintViolationWithTemplate("{" + ruleId + "}")
        .addPropertyNode(list)
        .addPropertyNode(property)
        .inIterable()
        .atIndex(index)
        .addConstraintViolation();
  }

  private static HibernateConstraintValidatorContext withParams(
      ConstraintValidatorContext context, Map<String, ?> params) {
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    // Parameters, never string concatenation: user text must not be read as a template.
    params.forEach(hibernate::addMessageParameter);
    return hibernate;
  }
}
