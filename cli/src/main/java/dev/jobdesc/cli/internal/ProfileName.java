package dev.jobdesc.cli.internal;

import dev.jobdesc.validation.Profiles;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks a {@code --profile} name against the profiles of {@link Profiles#standard()}, the
 * built-in ones and those of any jar on the class path, so that a misspelt name is a usage error
 * that lists the known ones rather than a check silently skipped.
 *
 * @since 0.1
 */
public final class ProfileName implements ITypeConverter<String> {

  @Override
  public String convert(String name) {
    List<String> known = Profiles.standard().names();
    if (!known.contains(name)) {
      throw new TypeConversionException(
          "unknown profile '" + name + "'; known profiles: " + String.join(", ", known));
    }
    return name;
  }
}
