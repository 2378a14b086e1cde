package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.model.Application;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;

/**
 * Ontario's two statements, each a yes-or-no the posting must make either way: {@code ai-screening}
 * (whether artificial intelligence screens, assesses or selects applicants) and
 * {@code existing-vacancy} (whether the posting is for a vacancy that exists now).
 */
final class OntarioStatementRules {
  private OntarioStatementRules() {}

  static Rule aiScreening(Jurisdiction j, String source) {
    return Rules.rule(j, "ai-screening", Severity.ERROR,
        "the posting says whether artificial intelligence is used to screen, assess or select"
            + " applicants (application.aiScreening true or false).",
        source,
        (job, context) -> {
          if (job.getApplication().flatMap(Application::getAiScreening).isEmpty()) {
            context.report(
                job.getApplication().isPresent() ? "/application/aiScreening" : "/application",
                Rules.advice(j.displayName() + " requires the posting to say whether artificial"
                    + " intelligence is used to screen, assess or select applicants; set"
                    + " application.aiScreening to true or false"));
          }
        });
  }

  static Rule existingVacancy(Jurisdiction j, String source) {
    return Rules.rule(j, "existing-vacancy", Severity.ERROR,
        "the posting says whether it is for an existing vacancy (existingVacancy true or false).",
        source,
        (job, context) -> {
          if (job.getExistingVacancy().isEmpty()) {
            context.report("/existingVacancy", Rules.advice(j.displayName() + " requires the posting"
                + " to say whether it is for an existing vacancy; set existingVacancy to true or"
                + " false"));
          }
        });
  }
}
