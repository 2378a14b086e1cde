package dev.jobdesc.internal.rules.googlejobs;

import dev.jobdesc.internal.rules.ClockDates;
import dev.jobdesc.internal.rules.DocumentText;
import dev.jobdesc.internal.rules.JobCheck;
import dev.jobdesc.internal.rules.Phrases;
import dev.jobdesc.model.Dates;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code google-jobs} profile: what Google's job-posting rich results require (title,
 * description, datePosted, hiringOrganization, jobLocation or TELECOMMUTE with applicant
 * regions) and recommend, its title guidance, its expiry and content policies. The title is
 * required by {@code structure} already. A role document renders as an {@code Occupation}, which
 * Google does not list as a job: it gets no findings here.
 */
public final class GoogleJobsProfile {
  /** The profile's name. */
  public static final String NAME = "google-jobs";

  private static final String CATEGORY = "google-jobs";
  private static final String DOCS = "https://developers.google.com/search/docs/appearance/structured-data/job-posting";
  private static final String REQUIRED = "Google Search Central, Job posting structured data: required properties";
  private static final String RECOMMENDED = "Google Search Central, Job posting structured data: recommended properties";
  private static final String GUIDELINES = "Google Search Central, Job posting structured data: guidelines";

  /** Words that say the job is not fully remote. */
  private static final Phrases NOT_FULLY_REMOTE =
      Phrases.of(List.of("hybrid", "days a week in the office", "days per week in the office",
          "days in the office", "days a week on site", "days per week on site", "days a week onsite",
          "in-office days", "office days"));

  /** Fees charged to applicants, which Google's content policy forbids. */
  private static final Phrases APPLICANT_FEES =
      Phrases.of(List.of("application fee", "application fees", "registration fee", "registration fees",
          "processing fee", "processing fees", "placement fee", "placement fees", "training fee",
          "training fees", "pay a fee", "pay for training", "pay for your training", "starter kit fee"));

  private GoogleJobsProfile() {}

  /** The profile. */
  public static Profile create() {
    return Profile.of(
        NAME,
        "What Google for Jobs requires and recommends of a JobPosting, its title guidance, and its"
            + " expiry and content policies.",
        List.of(
            rule("google-jobs.description", Severity.ERROR, REQUIRED,
                "The posting describes the job in words (a brief, or the role's summary), not only in lists.",
                GoogleJobsProfile::description),
            rule("google-jobs.date-posted", Severity.ERROR, REQUIRED,
                "The posting has its posting date (datePosted).", GoogleJobsProfile::datePosted),
            rule("google-jobs.hiring-organization", Severity.ERROR, REQUIRED,
                "The hiring organization is named (hiringOrganization).", GoogleJobsProfile::organization),
            rule("google-jobs.location", Severity.ERROR, REQUIRED,
                "The posting says where the work is (jobLocation), or that it is fully remote from named"
                    + " applicant regions (TELECOMMUTE with applicantLocationRequirements).",
                GoogleJobsProfile::location),
            rule("google-jobs.address", Severity.WARNING, RECOMMENDED,
                "Each location gives its locality and region, which Google uses to show the job to"
                    + " people nearby.", GoogleJobsProfile::address),
            rule("google-jobs.valid-through", Severity.WARNING, RECOMMENDED,
                "The posting says until when it is open (validThrough).", GoogleJobsProfile::validThrough),
            rule("google-jobs.base-salary", Severity.WARNING, RECOMMENDED,
                "The posting states its pay (baseSalary).", GoogleJobsProfile::baseSalary),
            rule("google-jobs.employment-type", Severity.WARNING, RECOMMENDED,
                "The posting states its employment type (employmentType).", GoogleJobsProfile::employmentType),
            rule("google-jobs.identifier", Severity.WARNING, RECOMMENDED,
                "The posting has the employer's own identifier for it (id, shown as identifier).",
                GoogleJobsProfile::identifier),
            rule("google-jobs.title-hygiene", Severity.WARNING,
                "Google Search Central, Job posting structured data: title property",
                "The title is the job title alone: no pay, dates, job codes, company name, ! or *, not in"
                    + " capitals.", TitleHygiene::check),
            rule("google-jobs.expired", Severity.ERROR,
                GUIDELINES + "; Google Search Central blog, \"We updated our job posting guidelines\" (2018)",
                "validThrough is not in the past: Google takes action against expired jobs left online.",
                GoogleJobsProfile::expired),
            rule("google-jobs.posted-in-future", Severity.WARNING, GUIDELINES,
                "datePosted is not after today.", GoogleJobsProfile::postedInFuture),
            rule("google-jobs.hybrid-as-remote", Severity.ERROR, GUIDELINES,
                "A job that needs time at a workplace is not marked fully remote: Google lists REMOTE"
                    + " (TELECOMMUTE) jobs as remote, and a hybrid job must be HYBRID with its locations.",
                GoogleJobsProfile::hybridAsRemote),
            rule("google-jobs.applicant-fees", Severity.ERROR, GUIDELINES + " (content policy)",
                "The posting asks no fee of applicants, which Google's content policy forbids.",
                GoogleJobsProfile::applicantFees)));
  }

  private static Rule rule(String id, Severity severity, String source, String description, JobCheck check) {
    return Rule.builder(id)
        .severity(severity)
        .category(CATEGORY)
        .description(description)
        .source(source)
        .sourceUrl(DOCS)
        .check(JobCheck.of(check))
        .build();
  }

  private static void description(JobDescription job, RuleContext context) {
    if (job.getBrief().isEmpty() && job.getRole().getSummary().isEmpty()) {
      context.report(
          "/brief",
          "Google needs a description of the job: add a brief (a few sentences on the job and the"
              + " organization) besides the lists.");
    }
  }

  private static void datePosted(JobDescription job, RuleContext context) {
    if (job.getDates().flatMap(Dates::getPosted).isEmpty()) {
      context.report("/dates/posted", "Google requires the posting date: add dates.posted.");
    }
  }

  private static void organization(JobDescription job, RuleContext context) {
    if (job.getOrganization().isEmpty()) {
      context.report("/organization", "Google requires the hiring organization: add organization.name.");
    }
  }

  private static void location(JobDescription job, RuleContext context) {
    if (job.getWorkplace().isEmpty()) {
      context.report(
          "/workplace",
          "Google requires the job's location: add a workplace with its locations, or REMOTE with the"
              + " applicant regions.");
    }
  }

  private static void address(JobDescription job, RuleContext context) {
    List<Location> locations = job.getWorkplace().map(Workplace::getLocations).orElse(List.of());
    for (int i = 0; i < locations.size(); i++) {
      Location location = locations.get(i);
      List<String> missing = new ArrayList<>();
      if (location.getLocality().isEmpty()) {
        missing.add("locality");
      }
      if (location.getRegion().isEmpty()) {
        missing.add("region");
      }
      if (!missing.isEmpty()) {
        context.report(
            "/workplace/locations/" + i,
            "Give this location's " + String.join(" and ", missing)
                + ": Google recommends the full address to show the job to people nearby.");
      }
    }
  }

  private static void validThrough(JobDescription job, RuleContext context) {
    if (job.getDates().flatMap(Dates::getValidThrough).isEmpty()) {
      context.report(
          "/dates/validThrough", "Google recommends an end date: add dates.validThrough if the posting has one.");
    }
  }

  private static void baseSalary(JobDescription job, RuleContext context) {
    if (job.getPay().isEmpty()) {
      context.report("/pay", "Google recommends the pay (baseSalary): add pay with its range, currency and period.");
    }
  }

  private static void employmentType(JobDescription job, RuleContext context) {
    if (job.getEmployment().isEmpty()) {
      context.report(
          "/employment/types", "Google recommends the employment type: add employment.types, e.g. [FULL_TIME].");
    }
  }

  private static void identifier(JobDescription job, RuleContext context) {
    if (job.getId().isEmpty()) {
      context.report("/id", "Google recommends the employer's identifier for the posting: add an id.");
    }
  }

  private static void expired(JobDescription job, RuleContext context) {
    ClockDates.reportIfPast(context, "/dates/validThrough", job.getDates().flatMap(Dates::getValidThrough),
        (validThrough, today) -> "The job expired on " + validThrough + " (today is " + today
            + "): remove the markup or the page, or extend validThrough if it is still open.");
  }

  private static void postedInFuture(JobDescription job, RuleContext context) {
    ClockDates.reportIfFuture(context, "/dates/posted", job.getDates().flatMap(Dates::getPosted),
        (posted, today) -> "The posting date " + posted + " is after today (" + today
            + "): publish on that date, or correct it.");
  }

  private static void hybridAsRemote(JobDescription job, RuleContext context) {
    boolean remote = job.getWorkplace().map(w -> w.getArrangement() == WorkArrangement.REMOTE).orElse(false);
    if (remote) {
      reportPhrases(job, context, NOT_FULLY_REMOTE,
          "The text says the job is not fully remote, but the workplace is REMOTE, which Google lists as"
              + " telecommuting: make it HYBRID with its locations, or correct the text.");
    }
  }

  private static void applicantFees(JobDescription job, RuleContext context) {
    reportPhrases(job, context, APPLICANT_FEES,
        "The text mentions a fee for applicants, which Google's content policy forbids: remove it, or"
            + " say the employer pays it.");
  }

  private static void reportPhrases(JobDescription job, RuleContext context, Phrases phrases, String message) {
    for (DocumentText.Entry entry : context.shared(DocumentText.OF).prose()) {
      if (entry.ofRole()) {
        continue; // the occupation profile describes the field at large, not this opening
      }
      for (Phrases.Match match : phrases.find(entry.text())) {
        context.report(
            context.finding(entry.pointer(), message)
                .actual(match.written())
                .span(new Span(match.start(), match.end())));
      }
    }
  }
}
