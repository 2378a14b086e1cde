package dev.jobdesc.internal.rules.language;

import dev.jobdesc.internal.rules.Prose;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Span;
import java.util.List;
import java.util.function.Function;

/**
 * What the flagging rules of the profile share: every term of their list found in the prose,
 * sentence by sentence, reported with its pointer, span, the words as written and the term's
 * suggestions, unless the rule says the sentence or the match is exempt.
 */
final class TermFindings {

  /** Whether a match is exempt: outreach sentences, people the job serves. */
  @FunctionalInterface
  interface Exempt {
    boolean test(Prose.Text text, Span sentence, TermMatcher.Hit hit);

    Exempt NONE = (text, sentence, hit) -> false;
  }

  private TermFindings() {}

  /** Reports each match of {@code matcher} that is not {@code exempt}, with {@code message}. */
  static void report(
      RuleContext context, TermMatcher matcher, Exempt exempt, Function<TermMatcher.Hit, String> message) {
    for (Prose.Text text : context.shared(Prose.OF).texts()) {
      if (!matcher.mayMatch(text)) {
        continue;
      }
      String string = text.entry().text();
      for (Span sentence : text.sentences()) {
        for (TermMatcher.Hit hit : matcher.find(string, sentence)) {
          if (!exempt.test(text, sentence, hit)) {
            context.report(
                context
                    .finding(text.entry().pointer(), message.apply(hit))
                    .actual(hit.written())
                    .span(hit.span())
                    .suggestions(hit.term().suggestions()));
          }
        }
      }
    }
  }

  /** {@code "a"}, {@code "a" or "b"}, {@code "a", "b" or "c"}. */
  static String quoted(List<String> words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        s.append(i == words.size() - 1 ? " or " : ", ");
      }
      s.append('"').append(words.get(i)).append('"');
    }
    return s.toString();
  }
}
