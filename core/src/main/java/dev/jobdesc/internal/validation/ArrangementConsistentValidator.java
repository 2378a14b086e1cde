package dev.jobdesc.internal.validation;

import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import dev.jobdesc.validation.constraints.ArrangementConsistent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/** Checks {@link ArrangementConsistent}. */
public final class ArrangementConsistentValidator
    implements ConstraintValidator<ArrangementConsistent, Workplace> {
  @Override
  public boolean isValid(Workplace workplace, ConstraintValidatorContext context) {
    if (workplace == null) {
      return true;
    }
    WorkArrangement arrangement = workplace.getArrangement();
    if (arrangement == WorkArrangement.REMOTE && workplace.getApplicantRegions().isEmpty()) {
      Violations.at(context, "structure.workplace.remote-regions", "applicantRegions", Map.of());
      return false;
    }
    if (arrangement != WorkArrangement.REMOTE && workplace.getLocations().isEmpty()) {
      Violations.at(
          context, "structure.workplace.locations", "locations", Map.of("arrangement", arrangement));
      return false;
    }
    return true;
  }
}
