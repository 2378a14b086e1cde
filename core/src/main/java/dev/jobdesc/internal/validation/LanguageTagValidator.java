package dev.jobdesc.internal.validation;

import dev.jobdesc.validation.constraints.LanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;

/** Checks {@link LanguageTag}. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, Locale> {
  @Override
  public boolean isValid(Locale value, ConstraintValidatorContext context) {
    return value == null || Codes.isLanguage(value);
  }
}
