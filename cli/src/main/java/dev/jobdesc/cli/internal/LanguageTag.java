package dev.jobdesc.cli.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --locale} BCP 47 language tag strictly: {@link Locale#forLanguageTag} would
 * quietly turn {@code es_MX} or a typo into the root locale, and render in English.
 *
 * @since 0.1
 */
public final class LanguageTag implements ITypeConverter<Locale> {

  @Override
  public Locale convert(String tag) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw notATag(tag);
    }
    if (locale.getLanguage().isEmpty()) { // the empty tag, or a private use one such as x-test
      throw notATag(tag);
    }
    return locale;
  }

  private static TypeConversionException notATag(String tag) {
    return new TypeConversionException(
        "'" + tag + "' is not a BCP 47 language tag such as es or es-MX");
  }
}
