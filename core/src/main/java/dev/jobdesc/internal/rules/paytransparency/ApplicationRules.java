package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.internal.rules.ClockDates;
import dev.jobdesc.model.Application;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Severity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Colorado's application items: {@code deadline} (the date applications close, or a statement
 * that they are accepted on a rolling basis, and that date not already past by the validator's
 * clock) and {@code how-to-apply}.
 */
final class ApplicationRules {
  private ApplicationRules() {}

  static Rule deadline(Jurisdiction j, String source) {
    return Rules.rule(j, "deadline", Severity.ERROR,
        "the posting gives the application deadline, not yet past, or says applications are"
            + " accepted on a rolling basis.",
        source,
        (job, context) -> checkDeadline(j, job, context));
  }

  static Rule howToApply(Jurisdiction j, String source) {
    return Rules.rule(j, "how-to-apply", Severity.ERROR,
        "the posting says how to apply: instructions, a URL or an e-mail address.",
        source,
        (job, context) -> {
          Optional<Application> application = job.getApplication();
          boolean route = application
              .map(a -> a.getInstructions().isPresent() || a.getUrl().isPresent() || a.getEmail().isPresent())
              .orElse(false);
          if (!route) {
            context.report("/application", Rules.advice(j.displayName() + " requires the posting to"
                + " say how to apply; add application instructions, a URL or an e-mail address"));
          }
        });
  }

  private static void checkDeadline(Jurisdiction j, JobDescription job, RuleContext context) {
    Optional<Application> application = job.getApplication();
    Optional<LocalDate> deadline = application.flatMap(Application::getDeadline);
    boolean rolling = application.map(Application::isRolling).orElse(false);
    if (deadline.isEmpty()) {
      if (!rolling) {
        context.report(
            application.isPresent() ? "/application/deadline" : "/application",
            Rules.advice(j.displayName() + " requires the application deadline or a statement that"
                + " applications are accepted on a rolling basis; add application.deadline or set"
                + " application.rolling to true"));
      }
      return;
    }
    ClockDates.reportIfPast(context, "/application/deadline", deadline,
        (passed, today) -> Rules.advice("The application deadline " + passed + " is already past"
            + " (today is " + today + "), and " + j.displayName() + " requires the date applications"
            + " actually close; set that date, or mark applications rolling"));
  }
}
