package dev.jobdesc.internal.validation;

import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.validation.constraints.EducationLevelOnEducation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/** Checks {@link EducationLevelOnEducation}. */
public final class EducationLevelOnEducationValidator
    implements ConstraintValidator<EducationLevelOnEducation, Qualification> {
  @Override
  public boolean isValid(Qualification qualification, ConstraintValidatorContext context) {
    if (qualification == null
        || qualification.getEducationLevel().isEmpty()
        || qualification.getKind() == QualificationKind.EDUCATION) {
      return true;
    }
    Violations.at(
        context,
        "structure.qualification.education-level",
        "educationLevel",
        Map.of("kind", qualification.getKind()));
    return false;
  }
}
