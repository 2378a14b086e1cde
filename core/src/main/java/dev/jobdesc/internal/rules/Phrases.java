package dev.jobdesc.internal.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds whole-word, case-insensitive occurrences of a set of phrases in text, in one regular
 * expression: "ninja" matches "Ninjas?" only where listed, never inside "nin-jargon"; spaces in a
 * phrase match any run of spaces or hyphens, and an apostrophe matches a straight or curly one.
 * Immutable and thread-safe.
 */
public final class Phrases {
  /** A match never starts or ends inside a word. */
  private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String AFTER = "(?![\\p{L}\\p{N}])";

  private final Pattern pattern;
  private final Map<String, String> byKey;

  private Phrases(Pattern pattern, Map<String, String> byKey) {
    this.pattern = pattern;
    this.byKey = byKey;
  }

  /** A matcher of {@code phrases}; an empty collection matches nothing. */
  public static Phrases of(Collection<String> phrases) {
    Map<String, String> byKey = new HashMap<>();
    List<String> sorted = new ArrayList<>();
    for (String phrase : phrases) {
      String key = key(phrase);
      if (!key.isEmpty() && byKey.putIfAbsent(key, phrase) == null) {
        sorted.add(phrase);
      }
    }
    if (sorted.isEmpty()) {
      return new Phrases(null, Map.of());
    }
    // Longest first, so that "work hard play hard" wins over "work hard".
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder alternatives = new StringBuilder();
    for (String phrase : sorted) {
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      alternatives.append(regex(phrase));
    }
    Pattern pattern =
        Pattern.compile(
            BEFORE + "(?:" + alternatives + ")" + AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new Phrases(pattern, Map.copyOf(byKey));
  }

  /** A phrase found in a text. */
  public record Match(int start, int end, String phrase, String written) {}

  /** Every occurrence in {@code text}, left to right, not overlapping. */
  public List<Match> find(String text) {
    if (pattern == null) {
      return List.of();
    }
    List<Match> matches = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String written = m.group();
      matches.add(new Match(m.start(), m.end(), byKey.getOrDefault(key(written), written), written));
    }
    return matches;
  }

  /** Whether {@code text} contains any of the phrases. */
  public boolean foundIn(String text) {
    return pattern != null && pattern.matcher(text).find();
  }

  /**
   * The phrase as it is looked up: lower case, apostrophes straight, one space between words. Two
   * phrases with the same key match the same text.
   */
  public static String key(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s-]+", " ").trim();
  }

  private static String regex(String phrase) {
    StringBuilder regex = new StringBuilder();
    for (String word : key(phrase).split(" ")) {
      if (regex.length() > 0) {
        regex.append("[\\s-]+");
      }
      regex.append(Pattern.quote(word).replace("'", "\\E['’]\\Q"));
    }
    return regex.toString();
  }
}
