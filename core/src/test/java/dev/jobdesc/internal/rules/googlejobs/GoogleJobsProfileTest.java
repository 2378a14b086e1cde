package dev.jobdesc.internal.rules.googlejobs;

import static dev.jobdesc.internal.rules.TestPostings.compliant;
import static dev.jobdesc.internal.rules.TestPostings.validator;
import static dev.jobdesc.internal.rules.TestPostings.validatorOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.internal.rules.TestPostings;
import dev.jobdesc.model.Dates;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoogleJobsProfileTest {
  private static final Validator GOOGLE = validator("google-jobs");

  @Test
  void aCompletePostingHasNoFindings() {
    assertEquals(List.of(), GOOGLE.validate(compliant()).getFindings());
  }

  @Test
  void aRoleIsNotAJobPosting() {
    assertEquals(
        List.of(),
        GOOGLE.validate(TestPostings.read("version: 1\nkind: role\ntitle: Peer Specialist!\n")).getFindings());
  }

  static Stream<Arguments> omissions() {
    return Stream.of(
        omitted("google-jobs.description", "/brief", Severity.ERROR,
            j -> j.withBrief().withRole(j.getRole().withSummary())),
        omitted("google-jobs.date-posted", "/dates/posted", Severity.ERROR,
            j -> j.withDates(Dates.builder().validThrough(LocalDate.of(2026, 12, 31)).build())),
        omitted("google-jobs.hiring-organization", "/organization", Severity.ERROR,
            j -> j.withOrganization(Optional.empty())),
        omitted("google-jobs.location", "/workplace", Severity.ERROR, j -> j.withWorkplace(Optional.empty())),
        omitted("google-jobs.address", "/workplace/locations/0", Severity.WARNING,
            j -> j.withWorkplace(j.getWorkplace().orElseThrow().withLocations(Location.builder().country("US").build()))),
        omitted("google-jobs.valid-through", "/dates/validThrough", Severity.WARNING,
            j -> j.withDates(Dates.builder().posted(LocalDate.of(2026, 11, 20)).build())),
        omitted("google-jobs.base-salary", "/pay", Severity.WARNING, j -> j.withPay(Optional.empty())),
        omitted("google-jobs.employment-type", "/employment/types", Severity.WARNING,
            j -> j.withEmployment(Optional.empty())),
        omitted("google-jobs.identifier", "/id", Severity.WARNING, j -> j.withId(Optional.empty())));
  }

  private static Arguments omitted(String ruleId, String path, Severity severity, UnaryOperator<JobDescription> change) {
    return Arguments.of(ruleId, path, severity, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("omissions")
  void eachMissingPropertyIsOneFinding(String ruleId, String path, Severity severity, UnaryOperator<JobDescription> change) {
    List<Finding> found = GOOGLE.validate(change.apply(compliant())).getFindings();
    assertEquals(1, found.size(), found::toString);
    Finding finding = found.get(0);
    assertEquals(ruleId, finding.getRuleId());
    assertEquals(path, finding.getPath());
    assertEquals(severity, finding.getSeverity());
    assertTrue(finding.getSource().orElseThrow().startsWith("Google Search Central"), finding::toString);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '|',
      value = {
        "Peer Support Specialist - $45,000    | $45,000",
        "Peer Support Specialist 50k          | 50k",
        "Peer Support Specialist ($22 per hour) | $22",
        "Peer Support Specialist - March 2027 | March 2027",
        "Peer Support Specialist (REQ-10443)  | REQ-10443",
        "Peer Support Specialist #4471        | #4471",
        "Peer Support Specialist!             | !",
        "*Urgent* Peer Support Specialist     | *",
        "Peer Support Specialist at Front Range Recovery Center | Front Range Recovery Center",
        "PEER SUPPORT SPECIALIST              | PEER SUPPORT SPECIALIST"
      })
  void titleHygieneFlagsWhatIsNotTheJobTitle(String title, String offending) {
    List<Finding> found = GOOGLE.validate(compliant().withTitle(title)).getFindings();
    assertEquals(1, found.size(), found::toString);
    Finding finding = found.get(0);
    assertEquals("google-jobs.title-hygiene", finding.getRuleId());
    assertEquals("/title", finding.getPath());
    String flagged = title.substring(finding.getSpan().orElseThrow().start(), finding.getSpan().orElseThrow().end());
    assertEquals(offending, flagged.trim(), finding::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Certified Peer Support Specialist (CPS)", "Peer Support Specialist II",
      "Senior Peer Mentor, Night Shift", "RN Care Coordinator"})
  void cleanTitlesPass(String title) {
    assertEquals(List.of(), GOOGLE.validate(compliant().withTitle(title)).getFindings());
  }

  @Test
  void anExpiredOrFuturePostingIsReportedByTheClock() {
    assertEquals(List.of("google-jobs.expired /dates/validThrough ERROR"),
        summary(validatorOn(LocalDate.of(2027, 1, 1), "google-jobs").validate(compliant()).getFindings()));
    assertEquals(List.of("google-jobs.posted-in-future /dates/posted WARNING"),
        summary(validatorOn(LocalDate.of(2026, 11, 19), "google-jobs").validate(compliant()).getFindings()));
  }

  @Test
  void aHybridJobMustNotBeMarkedRemote() {
    JobDescription remote =
        compliant()
            .withWorkplace(Workplace.builder().arrangement(WorkArrangement.REMOTE).addApplicantRegions("US-CO").build());
    assertEquals(List.of(), GOOGLE.validate(remote).getFindings(), "a fully remote job is fine");

    List<Finding> found =
        GOOGLE.validate(remote.withBrief("This is a hybrid role with two days a week in the office.")).getFindings();
    assertEquals(List.of("google-jobs.hybrid-as-remote /brief/0 ERROR", "google-jobs.hybrid-as-remote /brief/0 ERROR"),
        summary(found));
    assertEquals(List.of("hybrid", "days a week in the office"),
        found.stream().map(f -> f.getActual().orElseThrow()).toList());
  }

  @Test
  void feesChargedToApplicantsAreReported() {
    List<Finding> found =
        GOOGLE.validate(compliant().withBrief("Candidates pay a $40 application fee when they apply.")).getFindings();
    assertEquals(List.of("google-jobs.applicant-fees /brief/0 ERROR"), summary(found));
    assertEquals("application fee", found.get(0).getActual().orElseThrow());
  }

  private static List<String> summary(List<Finding> findings) {
    return findings.stream().map(f -> f.getRuleId() + " " + f.getPath() + " " + f.getSeverity()).toList();
  }
}
