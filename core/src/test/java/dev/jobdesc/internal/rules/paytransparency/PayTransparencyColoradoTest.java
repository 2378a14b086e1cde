package dev.jobdesc.internal.rules.paytransparency;

import static dev.jobdesc.internal.rules.paytransparency.Postings.TODAY;
import static dev.jobdesc.internal.rules.paytransparency.Postings.apply;
import static dev.jobdesc.internal.rules.paytransparency.Postings.benefit;
import static dev.jobdesc.internal.rules.paytransparency.Postings.compliant;
import static dev.jobdesc.internal.rules.paytransparency.Postings.findings;
import static dev.jobdesc.internal.rules.paytransparency.Postings.onSite;
import static dev.jobdesc.internal.rules.paytransparency.Postings.remote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.Application;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.BenefitCategory;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Colorado's rules in detail: benefits, deadline against the validator's clock, exclusions. */
class PayTransparencyColoradoTest {
  private static final String CO = "pay-transparency:US-CO";

  @Test
  void benefitsWithoutCategoriesCountByTheirWords() {
    JobDescription job = compliant(Jurisdiction.US_CO).withBenefits(
        Benefit.of("Medical insurance"), Benefit.of("403(b) plan"), Benefit.of("Vacation and holidays"));
    assertEquals(List.of(), findings(job, CO));
  }

  @Test
  void aBenefitsCategoryOutweighsItsWords() {
    // "Mental health days" filed as leave is leave: there is still no health benefit.
    JobDescription job = compliant(Jurisdiction.US_CO).withBenefits(
        benefit("Mental health days", BenefitCategory.PAID_TIME_OFF), Benefit.of("Pension"));
    List<Finding> found = findings(job, CO);
    assertEquals(1, found.size(), found::toString);
    assertEquals("/benefits", found.get(0).getPath());
    assertEquals(Optional.of("health"), found.get(0).getActual());
    assertEquals(
        "Colorado requires a general description of all benefits, and none here is a health"
            + " benefit; add it with category HEALTH (not legal advice).",
        found.get(0).getMessage());
  }

  @Test
  void everyMissingKindIsNamedInOneFinding() {
    JobDescription job = compliant(Jurisdiction.US_CO).withBenefits(Benefit.of("Gym membership"));
    List<Finding> found = findings(job, CO);
    assertEquals(1, found.size(), found::toString);
    assertEquals(Optional.of("health, retirement, paid leave"), found.get(0).getActual());
    assertEquals(
        "Colorado requires a general description of all benefits, and none here is a health,"
            + " retirement or paid leave benefit; add them with categories HEALTH, RETIREMENT and"
            + " PAID_TIME_OFF (not legal advice).",
        found.get(0).getMessage());
  }

  @Test
  void anOpenEndedBenefitsListIsFlaggedWhereItSays() {
    JobDescription job = compliant(Jurisdiction.US_CO).withBenefits(
        benefit("Health insurance", BenefitCategory.HEALTH),
        benefit("401(k), and more", BenefitCategory.RETIREMENT),
        benefit("PTO, holidays, etc.", BenefitCategory.PAID_TIME_OFF));
    List<Finding> found = findings(job, CO);
    assertEquals(List.of("/benefits/1/name", "/benefits/2/name"), found.stream().map(Finding::getPath).toList());
    assertEquals(Optional.of("and more"), found.get(0).getActual());
    assertEquals(Optional.of(new Span(8, 16)), found.get(0).getSpan());
    assertEquals(Optional.of("etc."), found.get(1).getActual());
    assertEquals(Optional.of(new Span(15, 19)), found.get(1).getSpan());
  }

  @Test
  void aDeadlineBeforeTheClocksTodayHasPassed() {
    JobDescription job = compliant(Jurisdiction.US_CO)
        .withApplication(apply().withDeadline(TODAY.minusDays(10)));
    List<Finding> found = findings(job, CO);
    assertEquals(1, found.size(), found::toString);
    Finding f = found.get(0);
    assertEquals("pay-transparency.us-co.deadline", f.getRuleId());
    assertEquals("/application/deadline", f.getPath());
    assertEquals(Optional.of("2026-11-21"), f.getActual());
  }

  @Test
  void aDeadlineOfTodayHasNotPassedAndRollingNeedsNoDate() {
    assertEquals(List.of(), findings(compliant(Jurisdiction.US_CO).withApplication(apply().withDeadline(TODAY)), CO));
    assertEquals(List.of(), findings(compliant(Jurisdiction.US_CO).withApplication(apply().withRolling(true)), CO));
  }

  @Test
  void withoutAnApplicationBothApplicationRulesPointAtWhereItBelongs() {
    List<Finding> found = findings(compliant(Jurisdiction.US_CO).withApplication(Optional.empty()), CO);
    assertEquals(List.of("pay-transparency.us-co.deadline at /application",
            "pay-transparency.us-co.how-to-apply at /application"),
        found.stream().map(f -> f.getRuleId() + " at " + f.getPath()).sorted().toList());
  }

  @Test
  void instructionsAloneSayHowToApply() {
    JobDescription job = compliant(Jurisdiction.US_CO).withApplication(
        Application.builder().instructions("Apply in person at our Denver office.").rolling(true).build());
    assertEquals(List.of(), findings(job, CO));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Remote role open to candidates anywhere in the US, except Colorado.",
      "Remote (US, excluding CO).",
      "Open in all states except for California, Colorado and New York.",
      "This position is not open to Colorado residents.",
      "This role is not available to candidates located in Colorado.",
      "We are unable to hire in Colorado at this time.",
      "We do not accept applications from Colorado.",
      "Colorado residents are not eligible for this role.",
      "Colorado applicants will not be considered.",
      "Remote, US only (no CO)."})
  void aRemotePostingThatExcludesColoradoIsAnError(String text) {
    JobDescription job = compliant(Jurisdiction.US_CO).withWorkplace(remote("US")).withBrief(text);
    List<Finding> found = findings(job, CO);
    assertEquals(1, found.size(), found::toString);
    Finding f = found.get(0);
    assertEquals("pay-transparency.us-co.remote-exclusion", f.getRuleId());
    assertEquals("/brief/0", f.getPath());
    Span span = f.getSpan().orElseThrow();
    assertEquals(f.getActual().orElseThrow(), text.substring(span.start(), span.end()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Remote role open to candidates anywhere in the US, Colorado included.",
      "Colorado applicants are welcome.",
      "Pay is the same in every state, except in Colorado, where it is higher.",
      "Open to all states except Texas; Colorado residents welcome.",
      "Work with co-workers across the US, except co-located teams.",
      "Our Colorado office is not open on weekends."})
  void aRemotePostingThatOnlyMentionsColoradoPasses(String text) {
    JobDescription job = compliant(Jurisdiction.US_CO).withWorkplace(remote("US")).withBrief(text);
    assertEquals(List.of(), findings(job, CO));
  }

  @Test
  void anOnSiteJobIsNotARemotePosting() {
    JobDescription job = compliant(Jurisdiction.US_CO)
        .withWorkplace(onSite("Austin", "TX", "US"))
        .withBrief("This on-site role is not open to Colorado residents who will not relocate.");
    assertEquals(List.of(), findings(job, CO));
  }
}
