package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;

/**
 * {@code gender-neutral-title}: the title the posting shows (its own, else its role's) holds no
 * gendered job noun. The word list is English; in a title of another language only its listed
 * English nouns are found.
 */
final class GenderNeutralTitleRule {
  private GenderNeutralTitleRule() {}

  static Rule of(Jurisdiction j, String source) {
    return Rules.rule(j, "gender-neutral-title", Severity.ERROR,
        "the job title is gender-neutral: no gendered job noun such as \"chairman\" or"
            + " \"waitress\".",
        source,
        (job, context) -> {
          String path = job.getTitle().isPresent() ? "/title" : "/role/title";
          String title = job.displayTitle();
          for (GenderedTitles.Gendered g : GenderedTitles.find(title, english(job))) {
            context.report(context
                .finding(path, Rules.advice(j.displayName() + " requires gender-neutral job titles,"
                    + " and \"" + g.written() + "\" is gendered; use a neutral form such as \""
                    + g.neutral().get(0) + "\""))
                .actual(g.written())
                .span(new Span(g.start(), g.end()))
                .suggestions(g.neutral()));
          }
        });
  }

  private static boolean english(JobDescription job) {
    return job.getLanguage().getLanguage().equals("en");
  }
}
