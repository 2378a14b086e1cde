package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.internal.rules.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wordings by which a remote posting excludes Colorado, which Colorado's INFO #9 guidance bars:
 * "except Colorado", "excluding CA, CO and NY", "not open to Colorado residents", "we cannot hire
 * in Colorado", "Colorado residents are not eligible", "(no CO)". Colorado may be written out or as the
 * capital letters {@code CO} (never "co-", never "Co." inside a name). A sentence that only
 * mentions Colorado ("except in Colorado, where the range is …") is not an exclusion.
 */
final class ColoradoExclusion {
  private static final String START = "(?<![\\p{L}\\p{N}])";
  private static final String COLORADO = "(?:(?i:colorado)|CO)(?![\\p{L}\\p{N}-])";
  /** A capitalised place name of up to three words, e.g. "CA", "New York", "D.C.". */
  private static final String PLACE = "\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}";
  /** Colorado, possibly after other places: "Colorado", "CA, CO and NY", "Hawaii or Colorado". */
  private static final String LIST =
      "(?:(?i:the\\s+states?\\s+of)\\s+)?"
          + "(?:" + PLACE + "\\s*(?:,|/|&|(?i:and|or)(?![\\p{L}]))\\s*(?:(?i:and|or)\\s+)?){0,8}?"
          + COLORADO;
  /** Who or what is excluded, between the verb and the place: "residents of", "applicants in". */
  private static final String WHO =
      "(?:(?i:to|for|in|from)\\s+)?"
          + "(?:(?i:candidates|applicants|applications|residents|individuals|people|persons|those"
          + "|workers|employees|anyone)\\s+"
          + "(?:(?i:of|in|from|based\\s+in|located\\s+in|living\\s+in|residing\\s+in|who\\s+live\\s+in)\\s+)?)?";
  private static final String LISTING =
      "(?i:except(?:\\s+for)?|excluding|exclusive\\s+of|other\\s+than|with\\s+the\\s+exception\\s+of)\\s+"
          + "(?:(?i:residents\\s+of|candidates\\s+in|applicants\\s+in)\\s+)?" + LIST;
  private static final String REFUSING =
      "(?i:not\\s+(?:open|available|eligible)"
          + "|(?:cannot|can['’]t|unable\\s+to|(?:are|is)\\s+not\\s+able\\s+to|do\\s+not|don['’]t"
          + "|does\\s+not|doesn['’]t|will\\s+not|won['’]t)\\s+(?:hire|employ|accept|consider|support))"
          + "\\s+" + WHO + LIST;
  private static final String REVERSED =
      COLORADO
          + "(?:\\s+(?i:residents|applicants|candidates|workers))?\\s+"
          + "(?i:(?:are\\s+|is\\s+|will\\s+)?not\\s+(?:be\\s+)?(?:eligible|considered|accepted)"
          + "|(?:are\\s+|is\\s+)?(?:ineligible|excluded))(?![\\p{L}])";
  private static final String NO_COLORADO =
      "(?i:no)\\s+" + COLORADO + "(?:\\s+(?i:residents|applicants|candidates)|(?=\\)))";
  private static final Pattern EXCLUSION = Pattern.compile(
      START + "(?:" + LISTING + "|" + REFUSING + "|" + REVERSED + "|" + NO_COLORADO + ")");

  /** Finds each exclusion of Colorado in a text. */
  static final TextFinder FINDER = ColoradoExclusion::find;

  private ColoradoExclusion() {}

  private static List<Phrases.Match> find(String text) {
    List<Phrases.Match> found = new ArrayList<>();
    Matcher m = EXCLUSION.matcher(text);
    while (m.find()) {
      found.add(new Phrases.Match(m.start(), m.end(), m.group(), m.group()));
    }
    return found;
  }
}
