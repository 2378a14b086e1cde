package dev.jobdesc.cli;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Role;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.ProfileProvider;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code cli-test}, a profile that only the tests' class path has (listed in
 * {@code META-INF/services}), so the tests go the way a third-party profile jar goes: an ERROR rule
 * about expiry that reads the validator's clock, a WARNING and an INFO rule.
 */
public final class TestProfileProvider implements ProfileProvider {
  static final String NAME = "cli-test";
  static final String EXPIRED = "cli-test.expired";
  static final String SHOUTING = "cli-test.shouting";
  static final String SHORT_TITLE = "cli-test.short-title";

  /** Titles shorter than this get an INFO. */
  private static final int SHORT = 12;

  @Override
  public List<Profile> getProfiles() {
    return List.of(
        Profile.of(
            NAME,
            "Test: an expiry check. And two hints.",
            List.of(
                Rule.builder(EXPIRED)
                    .category("test")
                    .description("The posting's last day has not passed. Compared with --now.")
                    .source("jobdesc cli tests")
                    .sourceUrl("https://example.org/jobdesc/cli-test/expired")
                    .check(TestProfileProvider::expired)
                    .build(),
                Rule.builder(SHOUTING)
                    .severity(Severity.WARNING)
                    .category("test")
                    .description("Titles do not shout.")
                    .jurisdiction("ZZ")
                    .check(TestProfileProvider::shouting)
                    .build(),
                Rule.builder(SHORT_TITLE)
                    .severity(Severity.INFO)
                    .category("test")
                    .description("Titles say enough.")
                    .check(TestProfileProvider::shortTitle)
                    .build())));
  }

  private static void expired(JobDocument document, RuleContext context) {
    if (document instanceof JobDescription job) {
      LocalDate today = context.today();
      job.getDates()
          .flatMap(dates -> dates.getValidThrough())
          .filter(last -> last.isBefore(today))
          .ifPresent(
              last ->
                  context.report(
                      "/dates/validThrough",
                      "The posting expired on " + last + ": take it down or extend it."));
    }
  }

  private static void shouting(JobDocument document, RuleContext context) {
    String title = title(document);
    int mark = title.indexOf('!');
    if (mark >= 0) {
      context.report(
          context
              .finding(titlePath(document), "Take the exclamation mark out of the title.")
              .actual("!")
              .span(new Span(mark, mark + 1))
              .suggestions(List.of(title.replace("!", ""))));
    }
  }

  private static void shortTitle(JobDocument document, RuleContext context) {
    if (title(document).length() < SHORT) {
      context.report(titlePath(document), "Say a little more in the title.");
    }
  }

  private static String title(JobDocument document) {
    return document instanceof JobDescription job ? job.displayTitle() : ((Role) document).getTitle();
  }

  private static String titlePath(JobDocument document) {
    return document instanceof JobDescription job && job.getTitle().isEmpty() ? "/role/title" : "/title";
  }
}
