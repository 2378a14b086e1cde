package dev.jobdesc.internal.rules.language;

import dev.jobdesc.validation.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Age limits written with numbers, which a word list cannot hold: brackets ("aged 25-35",
 * "between the ages of 21 and 30", "25 to 35 years old"), upper limits ("under 30", "no older
 * than 35", "under the age of 40"), decades ("in your twenties", "20-somethings") and school years
 * ("class of 2024"). 29 CFR 1625.4 names "age 25 to 35" as a preference the ADEA forbids.
 *
 * <p>A minimum age is not flagged ("over 18", "at least 21 years old", "18 or older"): laws set
 * them, and the ADEA protects workers of 40 and over. A bare "under 30" is an age only where
 * nothing follows it but punctuation, "years old" or "s" ("the under-30s"), so "under 30 hours a
 * week" and "teams of under 30 people" pass.
 */
final class AgeBrackets {
  private static final String DASH = "\\s*(?:-|–|—|to|and)\\s*";
  private static final String YEARS_OLD = "(?:years?|yrs?)[\\s-]+(?:old|of[\\s-]+age)";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Patterns that need a digit in the sentence: most sentences have none, and skip them. */
  private static final List<Pattern> WITH_DIGITS = List.of(
      // aged 25-35, ages 21 to 30, age between 25 and 35
      Pattern.compile("\\bage[sd]?[\\s:]+(?:between\\s+)?\\d{2}" + DASH + "\\d{2}\\b", FLAGS),
      // between the ages of 21 and 30
      Pattern.compile("\\bbetween\\s+the\\s+ages?\\s+of\\s+\\d{2}" + DASH + "\\d{2}\\b", FLAGS),
      // 25 to 35 years old, 25-35 years of age
      Pattern.compile("\\b\\d{2}" + DASH + "\\d{2}\\s+" + YEARS_OLD + "\\b", FLAGS),
      // aged under 30, under the age of 30, younger than 35, no older than 35, maximum age 35
      Pattern.compile("\\bage[sd]?\\s+(?:under|below)\\s+\\d{2}\\b", FLAGS),
      Pattern.compile("\\b(?:under|below)\\s+the\\s+age\\s+of\\s+\\d{2}\\b", FLAGS),
      Pattern.compile("\\b(?:younger|no\\s+older|not\\s+older)\\s+than\\s+\\d{2}\\b", FLAGS),
      Pattern.compile("\\bmaximum\\s+age\\s+(?:of\\s+)?\\d{2}\\b", FLAGS),
      // under 30 (then punctuation, the end, "years old"), under-30s
      Pattern.compile("\\b(?:under|below)[\\s-]+\\d{2}(?:s\\b|\\s+" + YEARS_OLD + "\\b|(?=\\s*(?:[.,;:!?)]|$)))",
          FLAGS),
      // class of 2024, class of '24
      Pattern.compile("\\bclass\\s+of\\s+(?:(?:19|20)\\d{2}|['’]\\d{2})\\b", FLAGS));

  /** Patterns that may match words alone. */
  private static final List<Pattern> WITH_WORDS = List.of(
      // in your twenties, in their early 30s, 20-somethings
      Pattern.compile("\\bin\\s+(?:your|their|his|her)\\s+(?:early\\s+|mid\\s+|late\\s+)?"
          + "(?:20s|30s|20's|30's|twenties|thirties)(?![\\p{L}\\p{N}])", FLAGS),
      Pattern.compile("\\b(?:20|twenty)[\\s-]?somethings?\\b", FLAGS));

  private static final Pattern DIGIT = Pattern.compile("\\d");

  private AgeBrackets() {}

  /** The age limits in {@code sentence}, left to right, not overlapping. */
  static List<Span> find(String sentence) {
    List<Span> found = new ArrayList<>();
    if (DIGIT.matcher(sentence).find()) {
      addAll(WITH_DIGITS, sentence, found);
    }
    if (mentionsTwentiesOrThirties(sentence)) {
      addAll(WITH_WORDS, sentence, found);
    }
    found.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    List<Span> apart = new ArrayList<>();
    int end = -1;
    for (Span span : found) {
      if (span.start() >= end) {
        apart.add(span);
        end = span.end();
      }
    }
    return apart;
  }

  /** Whether the word patterns can match: each needs 20, 30, "twent" or "thirt". */
  private static boolean mentionsTwentiesOrThirties(String sentence) {
    // Looks at the first character before comparing: a case-insensitive regionMatches at every
    // position was a sixth of the language profile's time.
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (((c == '2' || c == '3') && sentence.startsWith("0", i + 1))
          || ((c == 't' || c == 'T')
              && (sentence.regionMatches(true, i + 1, "went", 0, 4)
                  || sentence.regionMatches(true, i + 1, "hirt", 0, 4)))) {
        return true;
      }
    }
    return false;
  }

  private static void addAll(List<Pattern> patterns, String sentence, List<Span> found) {
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(sentence);
      while (m.find()) {
        found.add(new Span(m.start(), m.end()));
      }
    }
  }
}
