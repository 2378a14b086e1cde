package dev.jobdesc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelTest {
  @Test
  void defaultsAreAsModelMdStates() {
    Qualification q = Qualification.of("Empathy");
    assertEquals(QualificationKind.OTHER, q.getKind());
    assertEquals(Necessity.REQUIRED, q.getNecessity());
    assertFalse(q.isObtainableAfterHire());
    assertTrue(Responsibility.of("Listen").isEssential());
    assertEquals(Locale.forLanguageTag("en-US"), Role.builder().title("T").build().getLanguage());
  }

  @Test
  void valuesAreComparedByValueAndCopiedWithWithers() {
    Benefit a = Benefit.of("Dental insurance");
    assertEquals(a, Benefit.of("Dental insurance"));
    assertEquals(a.hashCode(), Benefit.of("Dental insurance").hashCode());
    Benefit b = a.withCategory(BenefitCategory.DENTAL);
    assertNotEquals(a, b);
    assertTrue(a.getCategory().isEmpty(), "withers never change the original");
  }

  @Test
  void listsAreImmutable() {
    Role role = Role.builder().title("T").addAlternateTitles("A").build();
    assertThrows(UnsupportedOperationException.class, () -> role.getAlternateTitles().add("B"));
  }

  @Test
  void requiredAttributesMustBeSetToBuild() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Role.builder().build());
    assertTrue(e.getMessage().contains("title"), e.getMessage());
  }

  @Test
  void annualizedPayMultipliesByThePeriodsInAYear() {
    PayRange hourly =
        PayRange.builder()
            .minimum(new BigDecimal("17.50"))
            .maximum(new BigDecimal("22"))
            .currency(Currency.getInstance("USD"))
            .period(PayPeriod.HOUR)
            .note("DOE")
            .build();
    PayRange yearly = hourly.annualized();
    assertEquals(PayPeriod.YEAR, yearly.getPeriod());
    assertEquals(0, new BigDecimal("36400").compareTo(yearly.getMinimum().orElseThrow()));
    assertEquals(0, new BigDecimal("45760").compareTo(yearly.getMaximum().orElseThrow()));
    assertEquals(hourly.getNote(), yearly.getNote());
    assertEquals(List.of(2080, 260, 52, 12, 1),
        List.of(PayPeriod.values()).stream().map(p -> p.perYear().intValue()).toList());
  }

  @Test
  void anEmbeddedRoleAlwaysHasTheJobsLanguage() {
    JobDescription job =
        JobDescription.builder()
            .language(Locale.forLanguageTag("de-DE"))
            .role(Role.builder().title("Peer-Berater").build())
            .addResponsibilities(Responsibility.of("Beraten"))
            .addQualifications(Qualification.of("Erfahrung"))
            .build();
    assertEquals(Locale.forLanguageTag("de-DE"), job.getRole().getLanguage());
    assertEquals(
        Locale.forLanguageTag("fr-FR"),
        job.withLanguage(Locale.forLanguageTag("fr-FR")).getRole().getLanguage());
    assertEquals("Peer-Berater", job.displayTitle());
    assertEquals(DocumentKind.JOB_DESCRIPTION, job.documentKind());
  }

  @Test
  void tierMonthsAreSchemaOrgMonthsOfExperience() {
    ExperienceTier tier = ExperienceTier.builder().level("Entry").minYears(new BigDecimal("1.5")).build();
    assertEquals(0, new BigDecimal("18").compareTo(tier.minMonths()));
  }
}
