package dev.jobdesc.internal.rules.language;

import dev.jobdesc.internal.rules.Prose;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import dev.jobdesc.validation.WordList.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code language.gender-coding} check: counts the masculine- and feminine-coded words of all
 * the document's prose, scores them ({@link GenderScore}) and reports one finding for the whole
 * document (path {@code ""}) when there is at least one coded word: the counts, percentages and
 * verdict in the message, the words found in {@code actual}, neutral alternatives for the
 * masculine-coded ones as suggestions. A strongly masculine-coded text is a WARNING, any other an
 * INFO: the research found masculine wording deters women, while feminine wording barely affects
 * men.
 */
final class GenderCoding {
  private final TermMatcher masculine;
  private final TermMatcher feminine;

  GenderCoding(TermMatcher masculine, TermMatcher feminine) {
    this.masculine = masculine;
    this.feminine = feminine;
  }

  /** The counts of one list's terms, by term, in order of first use. */
  private static final class Tally {
    final Map<Term, Integer> counts = new LinkedHashMap<>();
    int total;

    void add(Term term) {
      counts.merge(term, 1, Integer::sum);
      total++;
    }

    /** {@code aggressive (2 times), competitive}. */
    String words() {
      List<String> words = new ArrayList<>();
      counts.forEach((term, n) -> words.add(term.phrase() + (n > 1 ? " (" + n + " times)" : "")));
      return String.join(", ", words);
    }
  }

  void check(RuleContext context) {
    Prose prose = context.shared(Prose.OF);
    Tally m = new Tally();
    Tally f = new Tally();
    for (Prose.Text text : prose.texts()) {
      boolean mayBeMasculine = masculine.mayMatch(text);
      boolean mayBeFeminine = feminine.mayMatch(text);
      for (Span sentence : text.sentences()) {
        if (mayBeMasculine) {
          masculine.find(text.entry().text(), sentence).forEach(hit -> m.add(hit.term()));
        }
        if (mayBeFeminine) {
          feminine.find(text.entry().text(), sentence).forEach(hit -> f.add(hit.term()));
        }
      }
    }
    GenderScore score = new GenderScore(m.total, f.total, prose.wordCount());
    GenderScore.Verdict verdict = score.verdict();
    if (verdict == GenderScore.Verdict.NO_CODED_WORDS) {
      return;
    }
    String message =
        "Gender-coded wording (a hint): " + count(m.total, "masculine-coded word") + " ("
            + score.masculinePercent() + "% of " + score.words() + " words) and "
            + count(f.total, "feminine-coded word") + " (" + score.femininePercent()
            + "%) make the text " + verdict.label() + "; " + advice(verdict);
    List<String> found = new ArrayList<>();
    if (m.total > 0) {
      found.add("masculine-coded: " + m.words());
    }
    if (f.total > 0) {
      found.add("feminine-coded: " + f.words());
    }
    List<String> suggestions = new ArrayList<>();
    m.counts.keySet().stream()
        .filter(term -> !term.suggestions().isEmpty())
        .forEach(term -> suggestions.add(term.phrase() + " → " + String.join(", ", term.suggestions())));
    var finding = context.finding("", message).actual(String.join("; ", found)).suggestions(suggestions);
    if (verdict == GenderScore.Verdict.STRONGLY_MASCULINE_CODED) {
      // Raised from the rule's INFO; a severity the user sets for the rule still applies after this.
      finding.severity(Severity.WARNING);
    }
    context.report(finding);
  }

  private static String advice(GenderScore.Verdict verdict) {
    return switch (verdict) {
      case STRONGLY_MASCULINE_CODED, MASCULINE_CODED ->
          "research finds such wording makes women less likely to apply, so consider the neutral"
              + " alternatives suggested.";
      case STRONGLY_FEMININE_CODED, FEMININE_CODED ->
          "research finds this barely affects men, so no change is needed unless you want a more"
              + " balanced tone.";
      default -> "no change is needed.";
    };
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
