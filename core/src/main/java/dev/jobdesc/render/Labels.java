package dev.jobdesc.render;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a renderer adds to a document ("Responsibilities", "per year", "Preferred"…), from
 * resource bundles by language (English and Spanish ship; English is the fallback), with the
 * application's overrides on top. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Labels {
  private static final String BUNDLE = "dev.jobdesc.render.Labels";
  // No fallback to the JVM's default locale: a French document on a Spanish server gets English.
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Map<String, String> overrides;

  private Labels(ResourceBundle bundle, Map<String, String> overrides) {
    this.bundle = bundle;
    this.overrides = Map.copyOf(overrides);
  }

  /** The labels for {@code locale}'s language, with {@code overrides} (key to text) on top. */
  public static Labels of(Locale locale, Map<String, String> overrides) {
    return new Labels(ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE), overrides);
  }

  /** The label of {@code key}, with {@code {0}}, {@code {1}}… replaced by {@code arguments}. */
  public String get(String key, Object... arguments) {
    String text = overrides.get(key);
    if (text == null) {
      try {
        text = bundle.getString(key);
      } catch (MissingResourceException e) {
        throw new IllegalArgumentException("no label " + key, e);
      }
    }
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }

  /** The label of an enum constant, e.g. {@code EmploymentType.FULL_TIME}: "Full-time". */
  public String of(Enum<?> constant) {
    return get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }
}
