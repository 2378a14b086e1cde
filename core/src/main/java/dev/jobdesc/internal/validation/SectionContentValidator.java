package dev.jobdesc.internal.validation;

import dev.jobdesc.model.Section;
import dev.jobdesc.validation.constraints.SectionContent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/** Checks {@link SectionContent}. */
public final class SectionContentValidator implements ConstraintValidator<SectionContent, Section> {
  @Override
  public boolean isValid(Section section, ConstraintValidatorContext context) {
    if (section == null || !section.getParagraphs().isEmpty() || !section.getItems().isEmpty()) {
      return true;
    }
    Violations.at(
        context, "structure.section.content", null, Map.of("heading", section.getHeading()));
    return false;
  }
}
