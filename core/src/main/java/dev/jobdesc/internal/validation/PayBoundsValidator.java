package dev.jobdesc.internal.validation;

import dev.jobdesc.model.PayRange;
import dev.jobdesc.validation.constraints.PayBounds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Map;

/** Checks {@link PayBounds}. */
public final class PayBoundsValidator implements ConstraintValidator<PayBounds, PayRange> {
  @Override
  public boolean isValid(PayRange pay, ConstraintValidatorContext context) {
    if (pay == null) {
      return true;
    }
    if (pay.getMinimum().isEmpty() && pay.getMaximum().isEmpty()) {
      Violations.at(context, "structure.pay.bounds", null, Map.of());
      return false;
    }
    if (pay.hasBothBounds()) {
      BigDecimal min = pay.getMinimum().orElseThrow();
      BigDecimal max = pay.getMaximum().orElseThrow();
      if (min.compareTo(max) > 0) {
        Violations.at(
            context,
            "structure.pay.range-order",
            "minimum",
            Map.of("minimum", min.toPlainString(), "maximum", max.toPlainString()));
        return false;
      }
    }
    return true;
  }
}
