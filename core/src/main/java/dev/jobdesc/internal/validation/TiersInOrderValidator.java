package dev.jobdesc.internal.validation;

import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.model.Role;
import dev.jobdesc.validation.constraints.TiersInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks {@link TiersInOrder}: order, overlap and unique levels, each its own rule. */
public final class TiersInOrderValidator implements ConstraintValidator<TiersInOrder, Role> {
  private static final String TIERS = "experienceTiers";

  @Override
  public boolean isValid(Role role, ConstraintValidatorContext context) {
    if (role == null) {
      return true;
    }
    List<ExperienceTier> tiers = role.getExperienceTiers();
    boolean valid = true;
    Set<String> levels = new HashSet<>();
    for (int i = 0; i < tiers.size(); i++) {
      ExperienceTier tier = tiers.get(i);
      if (!levels.add(tier.getLevel())) {
        Violations.atElement(
            context,
            "structure.experience-tiers.unique-level",
            TIERS,
            i,
            "level",
            Map.of("level", tier.getLevel()));
        valid = false;
      }
      if (i == 0) {
        continue;
      }
      ExperienceTier previous = tiers.get(i - 1);
      if (tier.getMinYears().compareTo(previous.getMinYears()) <= 0) {
        Violations.atElement(
            context,
            "structure.experience-tiers.order",
            TIERS,
            i,
            "minYears",
            Map.of(
                "minYears", tier.getMinYears().toPlainString(),
                "previousMinYears", previous.getMinYears().toPlainString()));
        valid = false;
      }
      if (previous.getMaxYears().isPresent()) {
        BigDecimal previousMax = previous.getMaxYears().get();
        if (previousMax.compareTo(tier.getMinYears()) > 0) {
          Violations.atElement(
              context,
              "structure.experience-tiers.overlap",
              TIERS,
              i - 1,
              "maxYears",
              Map.of(
                  "maxYears", previousMax.toPlainString(),
                  "nextMinYears", tier.getMinYears().toPlainString()));
          valid = false;
        }
      }
    }
    return valid;
  }
}
