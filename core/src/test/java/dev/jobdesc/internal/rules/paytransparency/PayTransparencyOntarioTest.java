package dev.jobdesc.internal.rules.paytransparency;

import static dev.jobdesc.internal.rules.paytransparency.Postings.cad;
import static dev.jobdesc.internal.rules.paytransparency.Postings.compliant;
import static dev.jobdesc.internal.rules.paytransparency.Postings.findings;
import static dev.jobdesc.internal.rules.paytransparency.Postings.pay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Section;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ontario's range width, currency, statements and the "Canadian experience" bar; Hawaii's width. */
class PayTransparencyOntarioTest {
  private static final String ON = "pay-transparency:CA-ON";

  private static List<String> rules(JobDescription job, String profile) {
    return findings(job, profile).stream().map(f -> f.getRuleId() + " at " + f.getPath()).toList();
  }

  private static JobDescription paid(PayRange pay) {
    return compliant(Jurisdiction.CA_ON).withPay(pay);
  }

  @Test
  void aRangeCad60000WideFailsAndOne50000WidePasses() {
    assertEquals(List.of("pay-transparency.ca-on.range-width at /pay"), rules(paid(cad("70000", "130000")), ON));
    assertEquals(List.of(), rules(paid(cad("70000", "120000")), ON));
  }

  @Test
  void aWideRangeToppingOutAbove200000IsExempt() {
    assertEquals(List.of(), rules(paid(cad("150000", "210000")), ON));
    // At exactly CAD 200,000 the top is not above it: the limit applies.
    assertEquals(List.of("pay-transparency.ca-on.range-width at /pay"), rules(paid(cad("140000", "200000")), ON));
  }

  @Test
  void hourlyPayIsAnnualizedBeforeItsWidthIsMeasured() {
    // CAD 24/h wide is 49,920 a year; 25/h wide is 52,000 a year.
    assertEquals(List.of(), rules(paid(pay("CAD", "30", "54", PayPeriod.HOUR)), ON));
    List<Finding> found = findings(paid(pay("CAD", "30", "55", PayPeriod.HOUR)), ON);
    assertEquals(1, found.size(), found::toString);
    assertEquals(Optional.of("CAD 62,400–114,400 a year"), found.get(0).getActual());
  }

  @Test
  void aRangeInAnotherCurrencyWarnsThatTheLimitIsInCanadianDollars() {
    List<Finding> found = findings(paid(pay("USD", "60000", "130000", PayPeriod.YEAR)), ON);
    assertEquals(1, found.size(), found::toString);
    Finding f = found.get(0);
    assertEquals("pay-transparency.ca-on.range-currency", f.getRuleId());
    assertEquals(Severity.WARNING, f.getSeverity());
    assertEquals("/pay/currency", f.getPath());
    assertEquals(Optional.of("USD"), f.getActual());
  }

  @Test
  void aFixedRateInAnyCurrencyHasNoWidth() {
    assertEquals(List.of(), rules(paid(pay("USD", "80000", "80000", PayPeriod.YEAR)), ON));
  }

  @Test
  void theAiStatementPointsAtTheApplicationWhenThereIsNone() {
    assertEquals(List.of("pay-transparency.ca-on.ai-screening at /application"),
        rules(compliant(Jurisdiction.CA_ON).withApplication(Optional.empty()), ON));
  }

  @Test
  void eitherAnswerIsAStatement() {
    JobDescription job = compliant(Jurisdiction.CA_ON);
    JobDescription answeredYes = job
        .withApplication(job.getApplication().orElseThrow().withAiScreening(true))
        .withExistingVacancy(false);
    assertEquals(List.of(), rules(answeredYes, ON));
  }

  @Test
  void aCanadianExperienceRequirementIsFoundInAnyTextWithItsSpan() {
    JobDescription job = compliant(Jurisdiction.CA_ON)
        .withQualifications(Qualification.builder()
            .text("3+ years of experience in Canada")
            .kind(QualificationKind.EXPERIENCE)
            .build())
        .withSections(Section.builder().heading("Nice to have").addItems("Canadian experience is an asset").build());
    List<Finding> found = findings(job, ON);
    assertEquals(List.of("/qualifications/0/text", "/sections/0/items/0"),
        found.stream().map(Finding::getPath).toList(), found::toString);
    assertEquals(Optional.of(new Span(12, 32)), found.get(0).getSpan());
    assertEquals(Optional.of("Canadian experience"), found.get(1).getActual());
  }

  @Test
  void experienceWithCanadianLawIsNotCanadianExperience() {
    JobDescription job = compliant(Jurisdiction.CA_ON)
        .withQualifications(Qualification.of("Experience with Canadian payroll legislation"));
    assertEquals(List.of(), rules(job, ON));
  }

  @Test
  void hawaiiWarnsOnARangeWhoseMaximumIsMoreThanTwiceItsMinimum() {
    JobDescription job = compliant(Jurisdiction.US_HI);
    assertEquals(List.of(), rules(job.withPay(pay("USD", "20", "40", PayPeriod.HOUR)), "pay-transparency:US-HI"));
    List<Finding> found = findings(job.withPay(pay("USD", "20", "41", PayPeriod.HOUR)), "pay-transparency:US-HI");
    assertEquals(List.of("pay-transparency.us-hi.range-width"), found.stream().map(Finding::getRuleId).toList());
    assertEquals(Severity.WARNING, found.get(0).getSeverity());
  }
}
