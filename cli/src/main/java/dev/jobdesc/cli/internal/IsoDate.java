package dev.jobdesc.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --now} date strictly as {@code YYYY-MM-DD}: a day that does not exist, such as
 * {@code 2026-02-30}, is a usage error rather than a day quietly moved.
 *
 * @since 0.1
 */
public final class IsoDate implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String text) {
    try {
      return LocalDate.parse(text); // ISO_LOCAL_DATE resolves strictly
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + text + "' is not a date of the form YYYY-MM-DD, such as 2026-03-01");
    }
  }
}
