package dev.jobdesc.internal.rules.publishable;

import dev.jobdesc.internal.rules.ClockDates;
import dev.jobdesc.internal.rules.JobCheck;
import dev.jobdesc.model.Application;
import dev.jobdesc.model.Dates;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.RuleCheck;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Severity;
import java.util.List;

/**
 * The {@code publishable} profile: a posting ready to go live. No placeholder anywhere, the hiring
 * organization, an application route, a workplace, a posting date, not expired by the
 * validator's clock; an equal-opportunity statement and the pay are recommended. A role document
 * is never posted itself: only its placeholders are reported.
 */
public final class PublishableProfile {
  /** The profile's name. */
  public static final String NAME = "publishable";

  private static final String CATEGORY = "publishing";
  private static final String MODEL = "jobdesc format v1 (model.md): fields a published posting needs";

  private PublishableProfile() {}

  /** The profile. */
  public static Profile create() {
    return Profile.of(
        NAME,
        "A posting ready to go live: no placeholders, the organization, how to apply, where, when"
            + " posted, not expired; an equal-opportunity statement and the pay are recommended.",
        List.of(
            rule("publishable.placeholder", Severity.ERROR,
                "No template placeholder such as [City, State] or {{company}} is left in any text.",
                MODEL, (document, context) -> Placeholders.check(context)),
            rule("publishable.organization", Severity.ERROR,
                "The hiring organization is named.", MODEL,
                JobCheck.of(PublishableProfile::organization)),
            rule("publishable.application", Severity.ERROR,
                "The posting says how to apply.", MODEL,
                JobCheck.of(PublishableProfile::application)),
            rule("publishable.workplace", Severity.ERROR,
                "The posting says where the work is done.", MODEL,
                JobCheck.of(PublishableProfile::workplace)),
            rule("publishable.date-posted", Severity.ERROR,
                "The posting has its posting date.", MODEL,
                JobCheck.of(PublishableProfile::datePosted)),
            rule("publishable.expired", Severity.ERROR,
                "The posting's validThrough date has not passed.",
                "Google Search Central, job posting guidelines (2018): expired postings must not stay live",
                JobCheck.of(PublishableProfile::expired)),
            rule("publishable.deadline-passed", Severity.ERROR,
                "The application deadline has not passed.", MODEL,
                JobCheck.of(PublishableProfile::deadlinePassed)),
            rule("publishable.equal-opportunity", Severity.WARNING,
                "The posting carries an equal-opportunity statement, as the EEOC advises.",
                "EEOC advice on equal-opportunity statements in job advertisements (via JAN Consultants'"
                    + " Corner vol. 11 issue 2)",
                JobCheck.of(PublishableProfile::equalOpportunity)),
            rule("publishable.pay", Severity.WARNING,
                "The posting states its pay: applicants expect it, and many laws require it.",
                MODEL, JobCheck.of(PublishableProfile::pay))));
  }

  private static Rule rule(String id, Severity severity, String description, String source, RuleCheck check) {
    return Rule.builder(id)
        .severity(severity)
        .category(CATEGORY)
        .description(description)
        .source(source)
        .check(check)
        .build();
  }

  private static void organization(JobDescription job, RuleContext context) {
    if (job.getOrganization().isEmpty()) {
      context.report("/organization", "Name the hiring organization (organization.name) before publishing.");
    }
  }

  private static void application(JobDescription job, RuleContext context) {
    if (job.getApplication().isEmpty()) {
      context.report(
          "/application", "Say how to apply (application instructions, url or email) before publishing.");
    }
  }

  private static void workplace(JobDescription job, RuleContext context) {
    if (job.getWorkplace().isEmpty()) {
      context.report(
          "/workplace",
          "Say where the work is done (workplace: ON_SITE or HYBRID with locations, or REMOTE with"
              + " applicant regions) before publishing.");
    }
  }

  private static void datePosted(JobDescription job, RuleContext context) {
    if (job.getDates().flatMap(Dates::getPosted).isEmpty()) {
      context.report("/dates/posted", "Give the posting date (dates.posted) before publishing.");
    }
  }

  private static void expired(JobDescription job, RuleContext context) {
    ClockDates.reportIfPast(context, "/dates/validThrough", job.getDates().flatMap(Dates::getValidThrough),
        (validThrough, today) -> "The posting expired on " + validThrough + " (today is " + today
            + "): take it down, or extend validThrough if the job is still open.");
  }

  private static void deadlinePassed(JobDescription job, RuleContext context) {
    ClockDates.reportIfPast(context, "/application/deadline", job.getApplication().flatMap(Application::getDeadline),
        (deadline, today) -> "The application deadline " + deadline + " has passed (today is " + today
            + "): close the posting, or move the deadline if it is still open.");
  }

  private static void equalOpportunity(JobDescription job, RuleContext context) {
    if (job.getEqualOpportunity().isEmpty()) {
      context.report(
          "/equalOpportunity",
          "Add an equal-opportunity statement (equalOpportunity): the EEOC advises one in every posting.");
    }
  }

  private static void pay(JobDescription job, RuleContext context) {
    if (job.getPay().isEmpty()) {
      context.report(
          "/pay",
          "State the pay (pay: minimum, maximum, currency, period): many pay-transparency laws require"
              + " it and applicants look for it.");
    }
  }
}
