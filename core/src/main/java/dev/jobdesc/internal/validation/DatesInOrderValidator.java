package dev.jobdesc.internal.validation;

import dev.jobdesc.model.Dates;
import dev.jobdesc.validation.constraints.DatesInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/** Checks {@link DatesInOrder}. */
public final class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, Dates> {
  @Override
  public boolean isValid(Dates dates, ConstraintValidatorContext context) {
    if (dates == null || dates.getPosted().isEmpty() || dates.getValidThrough().isEmpty()) {
      return true;
    }
    if (!dates.getValidThrough().get().isBefore(dates.getPosted().get())) {
      return true;
    }
    Violations.at(
        context,
        "structure.dates.order",
        "validThrough",
        Map.of(
            "posted", dates.getPosted().get().toString(),
            "validThrough", dates.getValidThrough().get().toString()));
    return false;
  }
}
