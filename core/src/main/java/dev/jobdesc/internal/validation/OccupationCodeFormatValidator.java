package dev.jobdesc.internal.validation;

import dev.jobdesc.model.OccupationCode;
import dev.jobdesc.validation.constraints.OccupationCodeFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks {@link OccupationCodeFormat} for the schemes whose code format is known. */
public final class OccupationCodeFormatValidator
    implements ConstraintValidator<OccupationCodeFormat, OccupationCode> {
  private static final Map<String, Pattern> FORMATS =
      Map.of(
          OccupationCode.ONET_SOC, Pattern.compile("\\d{2}-\\d{4}(\\.\\d{2})?"),
          OccupationCode.SOC, Pattern.compile("\\d{2}-\\d{4}"));
  private static final Map<String, String> SHAPES =
      Map.of(OccupationCode.ONET_SOC, "NN-NNNN or NN-NNNN.NN", OccupationCode.SOC, "NN-NNNN");

  /** The code format of each scheme that has one, by scheme name (the JSON Schema states them). */
  public static Map<String, Pattern> formats() {
    return FORMATS;
  }

  @Override
  public boolean isValid(OccupationCode code, ConstraintValidatorContext context) {
    if (code == null) {
      return true;
    }
    Pattern format = FORMATS.get(code.getScheme());
    if (format == null || format.matcher(code.getCode()).matches()) {
      return true;
    }
    Violations.at(
        context,
        "structure.occupation.code",
        "code",
        Map.of("scheme", code.getScheme(), "shape", SHAPES.get(code.getScheme())));
    return false;
  }
}
