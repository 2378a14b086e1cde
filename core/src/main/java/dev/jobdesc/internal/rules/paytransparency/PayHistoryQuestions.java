package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.internal.rules.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wordings that ask applicants for their pay history ("salary history", "current salary"), which
 * the EU directive (Art. 5(2)) and British Columbia bar; our own short list. Asking for salary
 * expectations is allowed and not on it. "Current" and "previous" also describe the employer's
 * own pay ("our current salary range"), so a wording followed by such a noun is not a question.
 */
final class PayHistoryQuestions {
  private static final Phrases PHRASES = Phrases.of(List.of(
      "salary history", "pay history", "compensation history", "wage history", "earnings history",
      "remuneration history",
      "current salary", "current base salary", "current pay", "current compensation",
      "current wage", "current wages", "current remuneration", "current earnings", "current CTC",
      "present salary",
      "previous salary", "previous pay", "previous compensation", "previous wage",
      "prior salary", "prior pay", "prior compensation",
      "past salary", "past pay", "past compensation",
      "last salary", "most recent salary"));

  /** Nouns after which "current salary …" is about the employer's pay, not the applicant's. */
  private static final Set<String> EMPLOYER_NOUNS = Set.of(
      "range", "ranges", "band", "bands", "scale", "scales", "grade", "grades", "structure",
      "structures", "level", "levels", "policy", "philosophy", "framework", "table", "tables",
      "expectation", "expectations", "requirement", "requirements", "review", "period", "cycle");

  private static final Pattern NEXT_WORD = Pattern.compile("[\\s-]+(\\p{L}+)");

  /** Finds each pay-history wording in a text. */
  static final TextFinder FINDER = PayHistoryQuestions::find;

  private PayHistoryQuestions() {}

  private static List<Phrases.Match> find(String text) {
    List<Phrases.Match> questions = new ArrayList<>();
    for (Phrases.Match m : PHRASES.find(text)) {
      Matcher next = NEXT_WORD.matcher(text).region(m.end(), text.length());
      boolean employers = next.lookingAt()
          && EMPLOYER_NOUNS.contains(next.group(1).toLowerCase(Locale.ROOT));
      if (!employers) {
        questions.add(m);
      }
    }
    return questions;
  }
}
