package dev.jobdesc.internal.validation;

import dev.jobdesc.validation.constraints.RegionCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link RegionCode}. */
public final class RegionCodeValidator implements ConstraintValidator<RegionCode, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Codes.isRegion(value);
  }
}
