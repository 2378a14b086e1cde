package dev.jobdesc.internal.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ISO code look-ups. Countries (ISO 3166-1) and languages (ISO 639) come from the JDK. The JDK
 * has no ISO 3166-2 list, so subdivisions are checked for shape everywhere and against the full
 * list for the United States and Canada, where pay-transparency rules need them exact.
 */
public final class Codes {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Pattern SUBDIVISION = Pattern.compile("([A-Z]{2})-([A-Z0-9]{1,3})");
  private static final Map<String, Set<String>> KNOWN_SUBDIVISIONS =
      Map.of(
          "US",
          Set.of(
              "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
              "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
              "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
              "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "UM",
              "VI"),
          "CA",
          Set.of(
              "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"));

  private Codes() {}

  /** The ISO 3166-1 alpha-2 country codes this reader knows (the JDK's). */
  public static Set<String> countries() {
    return COUNTRIES;
  }

  /** The ISO 639-1 two-letter language codes this reader knows (the JDK's). */
  public static Set<String> twoLetterLanguages() {
    return LANGUAGES;
  }

  /**
   * The countries whose subdivision codes are checked against a list, with that list; any
   * other country's {@code CC-XXX} is taken on its shape.
   */
  public static Map<String, Set<String>> knownSubdivisions() {
    return KNOWN_SUBDIVISIONS;
  }

  /** Whether {@code code} is an ISO 3166-1 alpha-2 country code. */
  public static boolean isCountry(String code) {
    return COUNTRIES.contains(code);
  }

  /** Whether {@code code} is a country code or an ISO 3166-2 subdivision code. */
  public static boolean isRegion(String code) {
    if (isCountry(code)) {
      return true;
    }
    var matcher = SUBDIVISION.matcher(code);
    if (!matcher.matches() || !isCountry(matcher.group(1))) {
      return false;
    }
    Set<String> known = KNOWN_SUBDIVISIONS.get(matcher.group(1));
    return known == null || known.contains(matcher.group(2));
  }

  /**
   * Whether {@code locale}'s language is an ISO 639 code. The JDK lists only the two-letter codes
   * (ISO 639-1); a three-letter code ({@code fil}, {@code haw}, {@code yue}) counts when the JDK's
   * locale data knows the language by name.
   */
  public static boolean isLanguage(Locale locale) {
    String language = locale.getLanguage();
    return LANGUAGES.contains(language)
        || (language.length() == 3 && !locale.getDisplayLanguage(Locale.ENGLISH).equals(language));
  }
}
