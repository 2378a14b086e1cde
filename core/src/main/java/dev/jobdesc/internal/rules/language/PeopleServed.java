package dev.jobdesc.internal.rules.language;

import dev.jobdesc.internal.rules.Phrases;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a word for a group of people that the job serves from a word about the applicant: a
 * peer-support posting says "support young people in recovery" or "facilitate a support group for
 * women", which is about its clients, not about whom it wants to hire. A heuristic, not grammar:
 * the word must name people ("women", or "young"/"female" before "people", "adults", "clients"…)
 * and follow a service verb or noun ("support", "serve", "work with", "programs"…) with at most
 * three small words between ("to", "for", "our", "vulnerable", "group", a word in -ing). "Help us hire
 * young people" is still flagged: "us" and "hire" are not such words.
 */
final class PeopleServed {
  /** Words that are a group of people by themselves. */
  private static final Set<String> GROUPS =
      Set.of("women", "men", "woman", "man", "girls", "boys", "girl", "boy", "females", "males",
          "ladies", "youngsters");

  /** Words that describe a group when a word for people follows. */
  private static final Set<String> DESCRIBING = Set.of("young", "younger", "female", "male");

  private static final Pattern PEOPLE_NEXT =
      Pattern.compile("^[\\s-]+(?:people|persons?|adults?|children|kids|women|men|mothers|fathers|parents|"
          + "families|carers|caregivers|clients|patients|peers|veterans|offenders|survivors|individuals)"
          + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

  /** A service word, then up to three small words, then the end of the text before the match. */
  private static final Pattern SERVICE_BEFORE =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?:support(?:s|ed|ing)?|serv(?:e|es|ed|ing)|services?|"
          + "help(?:s|ed|ing)?|assist(?:s|ed|ing)?|mentor(?:s|ed|ing)?|counsel(?:s|ed|ing|led|ling)?|"
          + "coach(?:es|ed|ing)?|empower(?:s|ed|ing)?|advocat(?:e|es|ed|ing)|advocacy|care|caring|"
          + "outreach|reach(?:es|ed|ing)?\\s+out|engag(?:e|es|ed|ing)|work(?:s|ed|ing)?\\s+with|"
          + "teach(?:es|ing)?|educat(?:e|es|ed|ing)|experience\\s+with|"
          + "programs?|programmes?|treat(?:s|ed|ing)?)"
          + "(?:[\\s,]+(?:to|for|with|of|among|the|a|an|and|our|their|local|vulnerable|at-risk|homeless|"
          + "other|many|more|in|including|especially|groups?|sessions?|services|programs?|\\p{L}+ing))"
          + "{0,3}[\\s,]+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private PeopleServed() {}

  /**
   * Whether the match {@code written} at {@code start..end} of {@code sentence} (offsets in the
   * sentence) names people the job serves.
   */
  static boolean matches(String sentence, int start, int end, String phrase) {
    String key = Phrases.key(phrase);
    boolean names =
        GROUPS.contains(key)
            || (DESCRIBING.contains(key) && PEOPLE_NEXT.matcher(sentence.substring(end)).find());
    // The service word is within a few words: look at the last 120 characters only.
    return names && SERVICE_BEFORE.matcher(sentence.substring(Math.max(0, start - 120), start)).find();
  }
}
