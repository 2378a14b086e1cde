package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.model.Application;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.BenefitCategory;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

/** Postings the pay-transparency tests start from, and a validator on a fixed clock. */
final class Postings {
  /** The validators' today: 2026-12-01. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

  private Postings() {}

  /** A posting with only what the format requires: no pay, benefits, workplace or application. */
  static JobDescription bare() {
    return JobDescription.builder()
        .role(Role.builder().title("Peer Support Specialist").build())
        .addResponsibilities(Responsibility.of("Facilitate weekly peer support groups"))
        .addQualifications(Qualification.of("Lived experience of mental health recovery"))
        .build();
  }

  static PayRange pay(String currency, String min, String max, PayPeriod period) {
    PayRange.Builder b = PayRange.builder().currency(Currency.getInstance(currency)).period(period);
    if (min != null) {
      b.minimum(new BigDecimal(min));
    }
    if (max != null) {
      b.maximum(new BigDecimal(max));
    }
    return b.build();
  }

  static PayRange usd(String min, String max) {
    return pay("USD", min, max, PayPeriod.YEAR);
  }

  static PayRange cad(String min, String max) {
    return pay("CAD", min, max, PayPeriod.YEAR);
  }

  static Workplace onSite(String locality, String region, String country) {
    Location.Builder l = Location.builder().country(country);
    if (locality != null) {
      l.locality(locality);
    }
    if (region != null) {
      l.region(region);
    }
    return Workplace.builder().arrangement(WorkArrangement.ON_SITE).addLocations(l.build()).build();
  }

  static Workplace remote(String... applicantRegions) {
    return Workplace.builder().arrangement(WorkArrangement.REMOTE).addApplicantRegions(applicantRegions).build();
  }

  static Benefit benefit(String name, BenefitCategory category) {
    return Benefit.builder().name(name).category(category).build();
  }

  static Application apply() {
    return Application.builder().url("https://jobs.example/apply/42").build();
  }

  /** A validator of {@code profiles} (and {@code structure}) on {@link #CLOCK}. */
  static Validator validator(String... profiles) {
    return Validator.builder().profiles(profiles).clock(CLOCK).build();
  }

  static List<Finding> findings(JobDescription job, String... profiles) {
    return validator(profiles).validate(job).getFindings();
  }

  /** A posting that meets every obligation of {@code j}'s law as the rules read it, and no more. */
  static JobDescription compliant(Jurisdiction j) {
    JobDescription job = bare();
    return switch (j) {
      case US_CO -> job
          .withWorkplace(onSite("Denver", "CO", "US"))
          .withPay(usd("52000", "61000"))
          .withOtherCompensation("Annual bonus of up to 5% of base pay.")
          .withBenefits(
              benefit("Medical, dental and vision insurance", BenefitCategory.HEALTH),
              benefit("401(k) with a 4% match", BenefitCategory.RETIREMENT),
              benefit("Three weeks of paid time off and paid sick leave", BenefitCategory.PAID_TIME_OFF))
          .withApplication(apply().withDeadline(TODAY.plusDays(30)));
      case US_NY_NYC -> job.withPay(usd("85000", "85000")); // a fixed salary is allowed
      case US_NY -> job.withPay(pay("USD", "28", "34", PayPeriod.HOUR));
      case US_CA -> job.withPay(usd("70000", "90000"));
      case US_WA -> job
          .withPay(usd("70000", "70000"))
          .withBenefits(Benefit.of("Medical insurance"), Benefit.of("Paid time off"))
          .withOtherCompensation("None");
      case US_IL, US_MD, US_NJ -> job
          .withPay(usd("60000", "72000"))
          .withBenefits(Benefit.of("Health insurance"))
          .withOtherCompensation("Quarterly incentive pay.");
      case US_HI -> job.withPay(usd("50000", "100000")); // exactly twice the minimum: not flagged
      case US_MA -> job.withPay(usd("64000", "80000"));
      case US_MN -> job
          .withPay(pay("USD", "31", "31", PayPeriod.HOUR))
          .withBenefits(Benefit.of("Health and dental insurance"), Benefit.of("Pension plan"))
          .withOtherCompensation("None");
      case US_VT -> job.withPay(pay("USD", "24", "24", PayPeriod.HOUR));
      case CA_BC -> job.withPay(cad("68000", "82000"));
      case CA_ON -> job
          .withPay(cad("60000", "110000")) // exactly CAD 50,000 wide
          .withApplication(apply().withAiScreening(false))
          .withExistingVacancy(true);
      case EU -> job
          .withTitle("Sales Representative")
          .withPay(pay("EUR", "45000", "55000", PayPeriod.YEAR));
    };
  }
}
