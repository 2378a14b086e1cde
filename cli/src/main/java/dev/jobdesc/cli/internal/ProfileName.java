package dev.jobdesc.cli.internal;

import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks a {@code --profile} name against the profiles this version knows, so that a misspelt
 * name is a usage error rather than a check silently skipped.
 *
 * @since 0.1
 */
public final class ProfileName implements ITypeConverter<String> {
  /** The profiles {@code validate} can run. */
  private static final List<String> KNOWN = List.of("structure");

  @Override
  public String convert(String name) {
    if (!KNOWN.contains(name)) {
      throw new TypeConversionException(
          "unknown profile '" + name + "'; known profiles: " + String.join(", ", KNOWN));
    }
    return name;
  }
}
