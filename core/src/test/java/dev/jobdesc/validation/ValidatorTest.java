package dev.jobdesc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.Application;
import dev.jobdesc.model.Dates;
import dev.jobdesc.model.EducationLevel;
import dev.jobdesc.model.Employment;
import dev.jobdesc.model.EmploymentType;
import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.model.Faq;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.MarketPay;
import dev.jobdesc.model.OccupationCode;
import dev.jobdesc.model.Organization;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.Section;
import dev.jobdesc.model.Statistic;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static final Validator VALIDATOR = Validator.standard();
  private static final Currency USD = Currency.getInstance("USD");

  /** A job description with every part filled in, valid under {@code structure}. */
  static JobDescription complete() {
    return JobDescription.builder()
        .id("peer-1")
        .role(
            Role.builder()
                .title("Peer Specialist")
                .addOccupations(
                    OccupationCode.builder().scheme(OccupationCode.ONET_SOC).code("21-1094.00").build())
                .addExperienceTiers(tier("Entry level", "1", "2"), tier("Experienced", "3", null))
                .addMarketPay(
                    MarketPay.builder()
                        .statistic(Statistic.MEDIAN)
                        .amount(new BigDecimal("47660"))
                        .currency(USD)
                        .period(PayPeriod.YEAR)
                        .asOf("2020-05")
                        .build())
                .addFaqs(Faq.builder().question("What?").addAnswer("This.").build())
                .build())
        .organization(Organization.builder().name("Acme Health").url("https://acme.example").build())
        .addResponsibilities(Responsibility.of("Facilitate support groups"))
        .addQualifications(
            Qualification.builder()
                .text("High school diploma")
                .kind(QualificationKind.EDUCATION)
                .educationLevel(EducationLevel.HIGH_SCHOOL)
                .build())
        .pay(pay("35000", "50000"))
        .employment(Employment.builder().addTypes(EmploymentType.FULL_TIME).build())
        .workplace(
            Workplace.builder()
                .arrangement(WorkArrangement.ON_SITE)
                .addLocations(Location.builder().locality("Denver").region("CO").country("US").build())
                .build())
        .application(Application.builder().email("jobs@acme.example").build())
        .dates(Dates.builder().posted(LocalDate.of(2026, 11, 1)).validThrough(LocalDate.of(2026, 12, 1)).build())
        .addSections(Section.builder().heading("Schedule").addItems("Mon–Fri").build())
        .build();
  }

  private static ExperienceTier tier(String level, String min, String max) {
    ExperienceTier.Builder b = ExperienceTier.builder().level(level).minYears(new BigDecimal(min));
    if (max != null) {
      b.maxYears(new BigDecimal(max));
    }
    return b.build();
  }

  private static PayRange pay(String min, String max) {
    return PayRange.builder()
        .minimum(new BigDecimal(min))
        .maximum(new BigDecimal(max))
        .currency(USD)
        .period(PayPeriod.YEAR)
        .build();
  }

  @Test
  void aCompleteValidDocumentHasNoFindings() {
    assertTrue(VALIDATOR.validate(complete()).isClean(), () -> VALIDATOR.validate(complete()).toString());
  }

  /** Each breaks one rule of model.md; the report must hold exactly that finding. */
  static Stream<Arguments> breakages() {
    JobDescription job = complete();
    Role role = job.getRole();
    Workplace workplace = job.getWorkplace().orElseThrow();
    return Stream.of(
        broken("structure.pay.range-order", "/pay/minimum", j -> j.withPay(pay("50000", "35000"))),
        broken("structure.pay.fraction-digits", "/pay/maximum", j -> j.withPay(pay("35000", "50000.125"))),
        broken("structure.pay.bounds", "/pay",
            j -> j.withPay(PayRange.builder().currency(USD).period(PayPeriod.YEAR).build())),
        broken("structure.experience-tiers.order", "/role/experienceTiers/1/minYears",
            j -> j.withRole(role.withExperienceTiers(tier("Senior", "5", null), tier("Entry", "1", "2")))),
        broken("structure.experience-tiers.overlap", "/role/experienceTiers/0/maxYears",
            j -> j.withRole(role.withExperienceTiers(tier("Entry", "1", "4"), tier("Senior", "3", null)))),
        broken("structure.experience-tiers.unique-level", "/role/experienceTiers/1/level",
            j -> j.withRole(role.withExperienceTiers(tier("Entry", "1", "2"), tier("Entry", "3", null)))),
        broken("structure.experience-tiers.years", "/role/experienceTiers/0/maxYears",
            j -> j.withRole(role.withExperienceTiers(tier("Entry", "3", "1")))),
        broken("structure.dates.order", "/dates/validThrough",
            j -> j.withDates(Dates.builder().posted(LocalDate.of(2026, 5, 2)).validThrough(LocalDate.of(2026, 5, 1)).build())),
        broken("structure.workplace.remote-regions", "/workplace/applicantRegions",
            j -> j.withWorkplace(workplace.withArrangement(WorkArrangement.REMOTE).withLocations())),
        broken("structure.workplace.locations", "/workplace/locations",
            j -> j.withWorkplace(workplace.withLocations())),
        broken("structure.qualification.education-level", "/qualifications/0/educationLevel",
            j -> j.withQualifications(j.getQualifications().get(0).withKind(QualificationKind.SKILL))),
        broken("structure.application.route", "/application",
            j -> j.withApplication(Application.builder().rolling(true).build())),
        broken("structure.section.content", "/sections/0",
            j -> j.withSections(Section.builder().heading("Empty").build())),
        broken("structure.occupation.code", "/role/occupations/0/code",
            j -> j.withRole(role.withOccupations(OccupationCode.builder().scheme("O*NET-SOC").code("211094").build()))),
        broken("structure.code.country", "/workplace/locations/0/country",
            j -> j.withWorkplace(workplace.withLocations(Location.builder().country("USA").build()))),
        broken("structure.code.region", "/workplace/applicantRegions/0",
            j -> j.withWorkplace(workplace.withApplicantRegions("US-XX"))),
        broken("structure.code.language", "/language",
            j -> j.withLanguage(Locale.forLanguageTag("qqq"))),
        broken("structure.url", "/organization/url",
            j -> j.withOrganization(Organization.builder().name("Acme").url("javascript:alert(1)").build())),
        broken("structure.email", "/application/email",
            j -> j.withApplication(Application.builder().email("not an address").build())),
        broken("structure.date", "/role/marketPay/0/asOf",
            j -> j.withRole(role.withMarketPay(role.getMarketPay().get(0).withAsOf("2020-13")))),
        broken("structure.length", "/role/title", j -> j.withRole(role.withTitle("x".repeat(121)))),
        broken("structure.required", "/responsibilities", j -> j.withResponsibilities()),
        broken("structure.required", "/role/title", j -> j.withRole(role.withTitle(" "))),
        broken("structure.blank", "/reportsTo", j -> j.withReportsTo(" ")),
        broken("structure.unique", "/employment/types",
            j -> j.withEmployment(Employment.builder().addTypes(EmploymentType.FULL_TIME, EmploymentType.FULL_TIME).build())),
        broken("structure.range", "/employment/hoursPerWeek",
            j -> j.withEmployment(Employment.builder().addTypes(EmploymentType.PART_TIME).hoursPerWeek(new BigDecimal("90")).build())),
        broken("structure.range", "/role/marketPay/0/amount",
            j -> j.withRole(role.withMarketPay(role.getMarketPay().get(0).withAmount(BigDecimal.ZERO)))),
        broken("structure.pattern", "/id", j -> j.withId("has spaces")));
  }

  private static Arguments broken(String ruleId, String path, UnaryOperator<JobDescription> breakage) {
    return Arguments.of(ruleId, path, breakage);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("breakages")
  void eachBrokenRuleGivesExactlyItsFinding(
      String ruleId, String path, UnaryOperator<JobDescription> breakage) {
    ValidationReport report = VALIDATOR.validate(breakage.apply(complete()));
    assertEquals(1, report.getFindings().size(), report::toString);
    Finding finding = report.getFindings().get(0);
    assertEquals(ruleId, finding.getRuleId(), report::toString);
    assertEquals(path, finding.getPath(), report::toString);
    assertEquals(Severity.ERROR, finding.getSeverity());
    assertTrue(finding.getMessage().endsWith("."), finding::getMessage);
  }

  @Test
  void findingsOfAFileCarryLineAndColumnAndComeSortedByPath() {
    String yaml =
        """
        version: 1
        kind: job-description
        role:
          title: Peer Specialist
          experienceTiers:
            - {level: Senior, minYears: 5}
            - {level: Entry, minYears: 1}
        responsibilities: [Support peers]
        qualifications: [Lived experience]
        pay: {minimum: 50000, maximum: 35000, currency: USD, period: YEAR}
        workplace: {arrangement: REMOTE}
        """;
    ReadResult read = DocumentReader.standard().parse(yaml, "job.yaml");
    List<Finding> findings = VALIDATOR.validate(read).getFindings();
    assertEquals(3, findings.size(), findings::toString);
    assertFinding(findings.get(0), "structure.pay.range-order", "/pay/minimum", 10, 7);
    assertFinding(findings.get(1), "structure.experience-tiers.order", "/role/experienceTiers/1/minYears", 7, 22);
    assertFinding(findings.get(2), "structure.workplace.remote-regions", "/workplace/applicantRegions", 11, 1);
    assertEquals(
        "The pay minimum 50000 is above the maximum 35000: swap them or correct one.",
        findings.get(0).getMessage());
  }

  @Test
  void userTextInMessagesIsNeverInterpolated() {
    JobDescription job =
        complete().withSections(Section.builder().heading("{heading} ${1+1} {minimum}").build());
    Finding finding = VALIDATOR.validate(job).getFindings().get(0);
    assertEquals(
        "The section \"{heading} ${1+1} {minimum}\" has neither paragraphs nor items.",
        finding.getMessage());
  }

  @Test
  void aFailedReadReportsItsProblems() {
    ReadResult read = DocumentReader.standard().parse("version: 1\nkind: role\n", "r.yaml");
    ValidationReport report = VALIDATOR.validate(read);
    assertEquals(1, report.count(Severity.ERROR));
    assertEquals(Finding.SYNTAX, report.getFindings().get(0).getRuleId());
  }

  @Test
  void addedProfilesRunAfterStructure() {
    Rule titleReviewed =
        Rule.builder("house-style.title")
            .severity(Severity.INFO)
            .category("house-style")
            .description("Titles are reviewed.")
            .check((document, context) -> context.report("/role/title", "Titles are reviewed."))
            .build();
    Profile houseStyle = Profile.of("house-style", "Our house style.", List.of(titleReviewed));
    Validator validator = Validator.builder().addProfile(houseStyle).build();
    assertEquals(List.of("structure", "house-style"), validator.getProfileNames());
    ValidationReport report = validator.validate(complete());
    assertEquals(1, report.count(Severity.INFO));
    assertTrue(report.hasFindingsAtLeast(Severity.INFO));
    assertTrue(!report.hasFindingsAtLeast(Severity.WARNING));
  }

  private static void assertFinding(Finding f, String ruleId, String path, int line, int column) {
    assertEquals(ruleId, f.getRuleId(), f::toString);
    assertEquals(path, f.getPath(), f::toString);
    assertEquals(line, f.getLine().orElse(0), f::toString);
    assertEquals(column, f.getColumn().orElse(0), f::toString);
  }
}
