package dev.jobdesc.internal.validation;

import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.validation.constraints.YearsInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/** Checks {@link YearsInOrder}. */
public final class YearsInOrderValidator
    implements ConstraintValidator<YearsInOrder, ExperienceTier> {
  @Override
  public boolean isValid(ExperienceTier tier, ConstraintValidatorContext context) {
    if (tier == null || tier.getMaxYears().isEmpty()) {
      return true;
    }
    if (tier.getMaxYears().get().compareTo(tier.getMinYears()) >= 0) {
      return true;
    }
    Violations.at(
        context,
        "structure.experience-tiers.years",
        "maxYears",
        Map.of(
            "minYears", tier.getMinYears().toPlainString(),
            "maxYears", tier.getMaxYears().get().toPlainString()));
    return false;
  }
}
