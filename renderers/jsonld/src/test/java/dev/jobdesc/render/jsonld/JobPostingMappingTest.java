package dev.jobdesc.render.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jobdesc.model.Application;
import dev.jobdesc.model.Dates;
import dev.jobdesc.model.Employment;
import dev.jobdesc.model.EducationLevel;
import dev.jobdesc.model.EmploymentType;
import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.Necessity;
import dev.jobdesc.model.OccupationCode;
import dev.jobdesc.model.Organization;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the fields of a job description become JobPosting properties. */
class JobPostingMappingTest {

  @Test
  void aSampleBecomesAPostingWithItsFaqPage() {
    JsonNode jsonLd = Rendered.parsed(Documents.sample("certified-peer-support-worker.yaml"));
    JsonNode posting = jsonLd.at("/@graph/0");
    assertEquals("https://schema.org", jsonLd.path("@context").asText());
    assertEquals("JobPosting", posting.path("@type").asText());
    assertEquals("Certified Peer Support Worker", posting.path("title").asText());
    assertEquals("{\"@type\":\"PropertyValue\",\"value\":\"certified-peer-support-worker\"}", posting.path("identifier").toString());
    assertEquals(
        "{\"@type\":\"MonetaryAmount\",\"currency\":\"USD\",\"value\":{\"@type\":\"QuantitativeValue\","
            + "\"minValue\":30000,\"maxValue\":45000,\"unitText\":\"YEAR\"}}",
        posting.path("baseSalary").toString());
    assertEquals("FULL_TIME", posting.path("employmentType").asText());
    assertEquals("high school", posting.at("/educationRequirements/credentialCategory").asText());
    assertEquals(12, posting.at("/experienceRequirements/monthsOfExperience").asInt());
    assertEquals("US", posting.at("/jobLocation/address/addressCountry").asText());
    assertEquals("[City, State]", posting.at("/jobLocation/address/addressLocality").asText());
    assertEquals(6, posting.path("jobBenefits").size());
    assertEquals("Occupation", posting.at("/relevantOccupation/@type").asText());
    JsonNode faqPage = jsonLd.at("/@graph/1");
    assertEquals("FAQPage", faqPage.path("@type").asText());
    assertEquals("en-US", faqPage.path("inLanguage").asText());
    assertEquals(5, faqPage.path("mainEntity").size());
    assertEquals("Answer", faqPage.at("/mainEntity/0/acceptedAnswer/@type").asText());
  }

  @ParameterizedTest
  @CsvSource({
    "30000, 45000, YEAR, '{\"@type\":\"QuantitativeValue\",\"minValue\":30000,\"maxValue\":45000,\"unitText\":\"YEAR\"}'",
    "17.50, 17.50, HOUR, '{\"@type\":\"QuantitativeValue\",\"value\":17.5,\"unitText\":\"HOUR\"}'",
    "4000, , MONTH, '{\"@type\":\"QuantitativeValue\",\"minValue\":4000,\"unitText\":\"MONTH\"}'",
    ", 900.25, WEEK, '{\"@type\":\"QuantitativeValue\",\"maxValue\":900.25,\"unitText\":\"WEEK\"}'",
  })
  void payIsABaseSalaryWithTheBoundsItHas(BigDecimal minimum, BigDecimal maximum, PayPeriod period, String value) {
    PayRange.Builder pay = PayRange.builder().currency(Currency.getInstance("EUR")).period(period);
    if (minimum != null) {
      pay.minimum(minimum);
    }
    if (maximum != null) {
      pay.maximum(maximum);
    }
    JsonNode posting = posting(job().withPay(pay.build()));
    assertEquals("EUR", posting.at("/baseSalary/currency").asText());
    assertEquals(value, posting.at("/baseSalary/value").toString());
  }

  @Test
  void qualificationsGoToThePropertyOfTheirKindAndOnlyRequiredOnesAreRequirements() {
    JsonNode posting =
        posting(
            job()
                .withQualifications(
                    qualification("Bachelor's degree in social work", QualificationKind.EDUCATION, Necessity.REQUIRED, EducationLevel.BACHELOR_DEGREE),
                    qualification("Master's degree", QualificationKind.EDUCATION, Necessity.PREFERRED, EducationLevel.POSTGRADUATE_DEGREE),
                    qualification("GED accepted", QualificationKind.EDUCATION, Necessity.REQUIRED, null),
                    qualification("Two years in case management", QualificationKind.EXPERIENCE, Necessity.REQUIRED, null),
                    qualification("Five years in a clinic", QualificationKind.EXPERIENCE, Necessity.PREFERRED, null),
                    qualification("Certified Peer Specialist", QualificationKind.CERTIFICATION, Necessity.REQUIRED, null),
                    qualification("Driver's license", QualificationKind.LICENSE, Necessity.REQUIRED, null),
                    qualification("Lived experience of recovery", QualificationKind.LIVED_EXPERIENCE, Necessity.REQUIRED, null),
                    qualification("Spanish", QualificationKind.SKILL, Necessity.PREFERRED, null),
                    qualification("Listening", QualificationKind.SKILL, Necessity.REQUIRED, null)));
    assertEquals(
        "[{\"@type\":\"EducationalOccupationalCredential\",\"credentialCategory\":\"bachelor degree\",\"name\":\"Bachelor's degree in social work\"},"
            + "\"GED accepted\"]",
        posting.path("educationRequirements").toString());
    assertEquals(
        "[{\"@type\":\"OccupationalExperienceRequirements\",\"monthsOfExperience\":18},\"Two years in case management\"]",
        posting.path("experienceRequirements").toString());
    assertEquals(
        "[{\"@type\":\"EducationalOccupationalCredential\",\"credentialCategory\":\"certificate\",\"name\":\"Certified Peer Specialist\"},"
            + "{\"@type\":\"EducationalOccupationalCredential\",\"credentialCategory\":\"license\",\"name\":\"Driver's license\"},"
            + "\"Lived experience of recovery\"]",
        posting.path("qualifications").toString());
    assertEquals("[\"Spanish\",\"Listening\"]", posting.path("skills").toString());
    String description = posting.path("description").asText();
    assertTrue(description.contains("<li>Preferred: Master's degree (Education: Postgraduate degree)</li>"), description);
    assertTrue(description.contains("<li>Preferred: Five years in a clinic (Experience)</li>"), description);
  }

  @Test
  void everyEducationLevelHasGooglesCredentialCategory() {
    String[] expected = {"high school", "associate degree", "bachelor degree", "postgraduate degree", "professional certificate"};
    EducationLevel[] levels = EducationLevel.values();
    for (int i = 0; i < levels.length; i++) {
      JsonNode posting = posting(job().withQualifications(qualification("x", QualificationKind.EDUCATION, Necessity.REQUIRED, levels[i])));
      assertEquals(expected[i], posting.at("/educationRequirements/credentialCategory").asText(), levels[i].name());
    }
  }

  @Test
  void theRestOfAPostingMapsToItsProperties() {
    JobDescription job =
        job()
            .withId("req-42")
            .withDates(Dates.builder().posted(LocalDate.of(2026, 11, 2)).validThrough(LocalDate.of(2026, 12, 31)).build())
            .withOrganization(Organization.builder().name("Hope Center").url("https://hope.example").department("Peer Services").build())
            .withEmployment(
                Employment.builder()
                    .addTypes(EmploymentType.PART_TIME, EmploymentType.PER_DIEM)
                    .hoursPerWeek(new BigDecimal("20"))
                    .schedule("Mon–Wed, 9am–3pm")
                    .build())
            .withOtherCompensation("Annual bonus")
            .withWorkplace(
                Workplace.builder()
                    .arrangement(WorkArrangement.HYBRID)
                    .addLocations(
                        Location.builder().streetAddress("1 Main St").locality("Austin").region("TX").postalCode("78701").country("US").build())
                    .environment("Open office")
                    .build());
    JsonNode posting = posting(job);
    assertEquals("2026-11-02", posting.path("datePosted").asText());
    assertEquals("2026-12-31", posting.path("validThrough").asText());
    assertEquals("req-42", posting.at("/identifier/value").asText());
    assertEquals(
        "{\"@type\":\"Organization\",\"name\":\"Hope Center\",\"sameAs\":\"https://hope.example\","
            + "\"department\":{\"@type\":\"Organization\",\"name\":\"Peer Services\"}}",
        posting.path("hiringOrganization").toString());
    assertEquals("[\"PART_TIME\",\"PER_DIEM\"]", posting.path("employmentType").toString());
    assertEquals("[\"Mon–Wed, 9am–3pm\",\"Hours per week: 20\"]", posting.path("workHours").toString());
    assertEquals("Annual bonus", posting.path("incentiveCompensation").asText());
    assertEquals("Open office", posting.path("employerOverview").asText());
    assertEquals(
        "{\"@type\":\"Place\",\"address\":{\"@type\":\"PostalAddress\",\"streetAddress\":\"1 Main St\",\"addressLocality\":\"Austin\","
            + "\"addressRegion\":\"TX\",\"postalCode\":\"78701\",\"addressCountry\":\"US\"}}",
        posting.path("jobLocation").toString());
    assertFalse(posting.has("jobLocationType"));
    assertFalse(posting.has("directApply"));
  }

  /** schema.org's JobPosting has no property for Ontario's disclosures: the description states them. */
  @Test
  void theOntarioDisclosuresAreStatementsOfTheDescriptionOnly() {
    JobDescription silent = job().withApplication(Application.builder().email("jobs@example.org").build());
    JobDescription disclosing =
        silent.withApplication(silent.getApplication().orElseThrow().withAiScreening(true)).withExistingVacancy(false);
    JsonNode posting = posting(disclosing);
    String description = posting.path("description").asText();
    assertTrue(description.contains("<p>Artificial intelligence is used to screen, assess or select applicants.</p>"), description);
    assertTrue(description.contains("<p>This posting is not for an existing vacancy.</p>"), description);
    assertEquals(propertyNames(posting(silent)), propertyNames(posting));
  }

  @Test
  void theRoleIsTheRelevantOccupationAndItsCodesAreThePostings() {
    Role role =
        job().getRole()
            .withOccupations(
                OccupationCode.builder().scheme(OccupationCode.ONET_SOC).version("2019").code("21-1094.00").name("Community Health Workers").build())
            .withAlternateTitles("Peer Mentor")
            .withDuties(Responsibility.of("Lead support groups"));
    JsonNode posting = posting(job().withRole(role));
    assertEquals(
        "{\"@type\":\"CategoryCode\",\"codeValue\":\"21-1094.00\",\"name\":\"Community Health Workers\","
            + "\"inCodeSet\":{\"@type\":\"CategoryCodeSet\",\"name\":\"O*NET-SOC\",\"version\":\"2019\"}}",
        posting.path("occupationalCategory").toString());
    JsonNode occupation = posting.path("relevantOccupation");
    assertEquals("Peer Specialist", occupation.path("name").asText());
    assertEquals("Peer Mentor", occupation.path("alternateName").asText());
    assertEquals("Lead support groups", occupation.path("responsibilities").asText());
    assertFalse(occupation.has("occupationalCategory"), "stated once, on the posting");
    assertFalse(occupation.has("description"), "the posting's description has the role's text");
    assertFalse(occupation.has("experienceRequirements"), "the months are the posting's");
  }

  private static List<String> propertyNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode posting(JobDescription job) {
    return Rendered.mainNode(Rendered.parsed(job));
  }

  /** A posting whose role has tiers from 1.5 years: 18 months at the entry level. */
  private static JobDescription job() {
    Role role =
        Role.builder()
            .title("Peer Specialist")
            .addExperienceTiers(
                ExperienceTier.builder().level("Entry").minYears(new BigDecimal("1.5")).maxYears(new BigDecimal("3")).build(),
                ExperienceTier.builder().level("Senior").minYears(new BigDecimal("3")).build())
            .build();
    return JobDescription.builder()
        .role(role)
        .addResponsibilities(Responsibility.of("Support clients"))
        .addQualifications(Qualification.of("Empathy"))
        .build();
  }

  private static Qualification qualification(String text, QualificationKind kind, Necessity necessity, EducationLevel level) {
    return Qualification.builder().text(text).kind(kind).necessity(necessity).educationLevel(Optional.ofNullable(level)).build();
  }
}
