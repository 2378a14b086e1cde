package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.internal.rules.DocumentText;
import dev.jobdesc.internal.rules.Phrases;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A rule that reports every occurrence of what a law bars from a posting's text: a "Canadian
 * experience" requirement, a pay-history question, a remote posting that excludes Colorado. It
 * reads every prose string, the embedded role's included, since the role's text is published
 * with the posting.
 */
final class BarredTextRule {
  private BarredTextRule() {}

  /**
   * The rule {@code name} of {@code j}, reporting each match of {@code finder} with the message
   * {@code message} makes of it (one sentence, without its full stop) and {@code suggestions}, in
   * postings that {@code appliesTo} accepts.
   */
  static Rule of(
      Jurisdiction j,
      String name,
      String description,
      String source,
      Predicate<JobDescription> appliesTo,
      TextFinder finder,
      Function<Phrases.Match, String> message,
      List<String> suggestions) {
    return Rules.rule(j, name, Severity.ERROR, description, source, (job, context) -> {
      if (!appliesTo.test(job)) {
        return;
      }
      for (DocumentText.Entry entry : context.shared(DocumentText.OF).prose()) {
        for (Phrases.Match m : finder.find(entry.text())) {
          context.report(context
              .finding(entry.pointer(), Rules.advice(message.apply(m)))
              .actual(m.written())
              .span(new Span(m.start(), m.end()))
              .suggestions(suggestions));
        }
      }
    });
  }
}
