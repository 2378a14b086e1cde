package dev.jobdesc.internal.validation;

import dev.jobdesc.validation.constraints.PartialDate;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Checks {@link PartialDate}: {@code YYYY-MM} or {@code YYYY-MM-DD}, and a real month or day. */
public final class PartialDateValidator implements ConstraintValidator<PartialDate, String> {
  private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (!SHAPE.matcher(value).matches()) {
      return false;
    }
    try {
      if (value.length() == 7) {
        YearMonth.parse(value);
      } else {
        LocalDate.parse(value);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
