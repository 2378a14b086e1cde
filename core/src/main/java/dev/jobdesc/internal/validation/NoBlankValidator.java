package dev.jobdesc.internal.validation;

import dev.jobdesc.validation.constraints.NoBlank;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NoBlank}. */
public final class NoBlankValidator implements ConstraintValidator<NoBlank, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || !value.isBlank();
  }
}
