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
  private static final ResourceBundle.Control CANDIDATES =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Map<String, String> overrides;

  private Labels(ResourceBundle bundle, Map<String, String> overrides) {
    this.bundle = bundle;
    this.overrides = Map.copyOf(overrides);
  }

  /**
   * {@return the labels for {@code locale}'s language, with {@code overrides} (key to text) on top}
   *
   * @param locale the language to label in; English when there are no labels for it
   * @param overrides labels that replace the bundle's, key to text
   */
  public static Labels of(Locale locale, Map<String, String> overrides) {
    return new Labels(bundle(locale), overrides);
  }

  /**
   * No fallback to the JVM's default locale: a French document on a Spanish server gets English.
   * A no-fallback {@link ResourceBundle.Control} would say so, but {@code getBundle} rejects any
   * Control in a named module, so the bundle found is checked against the locales that may stand
   * in for {@code locale} ({@code es-MX}, {@code es}, the base), and else the base is taken.
   */
  private static ResourceBundle bundle(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    if (CANDIDATES.getCandidateLocales(BUNDLE, locale).contains(bundle.getLocale())) {
      return bundle;
    }
    return ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  }

  /**
   * {@return the label of {@code key}, with {@code {0}}, {@code {1}}… replaced by {@code arguments}}
   *
   * @param key a key of {@code Labels.properties}
   * @param arguments the values of {@code {0}}, {@code {1}}…
   */
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

  /**
   * {@return the label of an enum constant, e.g. {@code EmploymentType.FULL_TIME}: "Full-time"}
   *
   * @param constant an enum constant of the model
   */
  public String of(Enum<?> constant) {
    return get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }
}
