package dev.jobdesc.internal.validation;

import dev.jobdesc.model.Application;
import dev.jobdesc.validation.constraints.ApplicationRoute;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/** Checks {@link ApplicationRoute}. */
public final class ApplicationRouteValidator
    implements ConstraintValidator<ApplicationRoute, Application> {
  @Override
  public boolean isValid(Application application, ConstraintValidatorContext context) {
    if (application == null
        || application.getInstructions().isPresent()
        || application.getUrl().isPresent()
        || application.getEmail().isPresent()) {
      return true;
    }
    Violations.at(context, "structure.application.route", null, Map.of());
    return false;
  }
}
