package dev.jobdesc.internal.rules;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.ValidationReport;
import dev.jobdesc.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Postings for profile tests, written as documents are: in YAML. */
public final class TestPostings {
  /** A day on which {@link #COMPLIANT} is live: posted before, valid after. */
  public static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  /** A filled-in posting with everything a publishing profile asks for. */
  public static final String COMPLIANT =
      """
      version: 1
      kind: job-description
      id: pss-2026-014
      role:
        title: Peer Support Specialist
        summary:
          - Peer Support Specialists use their own experience of recovery to support others.
      organization: {name: Front Range Recovery Center, url: "https://frontrange.example"}
      brief:
        - We are seeking a compassionate Peer Support Specialist to join our outpatient team.
      responsibilities:
        - Provide one-on-one peer support to clients
        - Facilitate weekly recovery groups
      qualifications:
        - {text: Lived experience of mental health recovery, kind: LIVED_EXPERIENCE}
        - {text: High school diploma or equivalent, kind: EDUCATION, educationLevel: HIGH_SCHOOL}
      pay: {minimum: 42000, maximum: 52000, currency: USD, period: YEAR}
      otherCompensation: No bonuses or commissions are offered for this position.
      benefits:
        - {name: Medical, dental and vision insurance, category: HEALTH}
        - {name: 403(b) retirement plan with a 4% match, category: RETIREMENT}
        - {name: 20 days of paid time off and 10 paid holidays, category: PAID_TIME_OFF}
      employment: {types: [FULL_TIME], hoursPerWeek: 40}
      workplace:
        arrangement: ON_SITE
        locations:
          - {streetAddress: 1200 Federal Blvd, locality: Denver, region: CO, postalCode: "80204", country: US}
      application:
        url: https://frontrange.example/careers/pss-2026-014
        deadline: 2026-12-31
        aiScreening: false
      equalOpportunity: Front Range Recovery Center is an equal opportunity employer.
      dates: {posted: 2026-11-20, validThrough: 2026-12-31}
      existingVacancy: true
      """;

  private TestPostings() {}

  /** {@code yaml} read; it must be readable. */
  public static JobDocument read(String yaml) {
    return DocumentReader.standard().parse(yaml, "test.yaml").orElseThrow();
  }

  /** {@link #COMPLIANT}, read. */
  public static JobDescription compliant() {
    return (JobDescription) read(COMPLIANT);
  }

  /** A validator of {@code profiles} whose clock reads {@link #TODAY}. */
  public static Validator validator(String... profiles) {
    return validatorOn(TODAY, profiles);
  }

  /** A validator of {@code profiles} whose clock reads {@code today}. */
  public static Validator validatorOn(LocalDate today, String... profiles) {
    return Validator.builder()
        .profiles(profiles)
        .clock(Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
        .build();
  }

  /** The findings of {@code report} whose rule id starts with {@code prefix}. */
  public static List<Finding> findings(ValidationReport report, String prefix) {
    return report.getFindings().stream().filter(f -> f.getRuleId().startsWith(prefix)).toList();
  }
}
