package dev.jobdesc.internal.validation;

import dev.jobdesc.validation.constraints.CountryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CountryCode}. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Codes.isCountry(value);
  }
}
