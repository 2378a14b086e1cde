package dev.jobdesc.internal.rules.paytransparency;

import static dev.jobdesc.internal.rules.paytransparency.Postings.compliant;
import static dev.jobdesc.internal.rules.paytransparency.Postings.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Role;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The EU's gender-neutral title and pay-history rules (and British Columbia's pay-history rule). */
class PayTransparencyEuTest {
  private static final String EU = "pay-transparency:EU";

  private static JobDescription titled(String title) {
    return compliant(Jurisdiction.EU).withTitle(title);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Chairman of the Board | Chairman | Chair",
      "Senior Salesman | Salesman | Salesperson",
      "Site Foreman | Foreman | Supervisor",
      "Waitress | Waitress | Server",
      "Cabin Stewardess | Stewardess | Flight attendant",
      "Handyman (part-time) | Handyman | Maintenance technician",
      "Cleaning Lady | Cleaning Lady | Cleaner",
      "Warehouseman | Warehouseman | Warehouse worker",
      "Night Watchmen | Watchmen | Watchperson",
      "Delivery Man | Man | Delivery person",
      "Camera Operator and Boatman | Boatman | Boatperson"})
  void aGenderedJobNounInTheTitleIsAnErrorWithANeutralForm(String title, String word, String neutral) {
    List<Finding> found = findings(titled(title), EU);
    assertEquals(1, found.size(), found::toString);
    Finding f = found.get(0);
    assertEquals("pay-transparency.eu.gender-neutral-title", f.getRuleId());
    assertEquals("/title", f.getPath());
    assertEquals(Optional.of(word), f.getActual());
    Span span = f.getSpan().orElseThrow();
    assertEquals(word, title.substring(span.start(), span.end()));
    assertEquals(neutral, f.getSuggestions().get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Human Resources Manager", "Specimen Processor", "Ramen Chef", "Chairperson",
      "Salesperson", "Women's Health Nurse", "Sales Manager", "German Teacher",
      "Business Acumen Coach", "Woman-Owned Business Liaison", "Workforce Analyst"})
  void aNeutralTitlePasses(String title) {
    assertEquals(List.of(), findings(titled(title), EU));
  }

  @Test
  void withoutItsOwnTitleThePostingShowsItsRolesTitle() {
    JobDescription job = compliant(Jurisdiction.EU)
        .withTitle(Optional.empty())
        .withRole(Role.builder().title("Foreman").build());
    List<Finding> found = findings(job, EU);
    assertEquals(List.of("/role/title"), found.stream().map(Finding::getPath).toList());
  }

  @Test
  void inAnotherLanguageOnlyTheListedNounsAreFound() {
    // "Examen" and "Volumen" end in "-men" but are Spanish words, not compounds of "men".
    JobDescription spanish = titled("Coordinador de Examen y Volumen").withLanguage(Locale.forLanguageTag("es-ES"));
    assertEquals(List.of(), findings(spanish, EU));
    JobDescription listed = titled("Chairman").withLanguage(Locale.forLanguageTag("de-DE"));
    assertEquals(1, findings(listed, EU).size());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Please include your salary history with your application.",
      "Tell us your current salary.",
      "State your previous salary and notice period.",
      "What is your current base salary?",
      "Share your pay history."})
  void aPayHistoryQuestionIsAnErrorInTheEuAndBritishColumbia(String text) {
    for (Jurisdiction j : List.of(Jurisdiction.EU, Jurisdiction.CA_BC)) {
      List<Finding> found = findings(compliant(j).withBrief(text), j.profileName());
      assertEquals(List.of(j.ruleId("pay-history") + " at /brief/0"),
          found.stream().map(f -> f.getRuleId() + " at " + f.getPath()).toList(), text);
      assertEquals(List.of("salary expectations"), found.get(0).getSuggestions());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Please tell us your salary expectations.",
      "Our current salary range for this role is shown above.",
      "Current pay bands are reviewed every year.",
      "Include your current salary expectations."})
  void salaryExpectationsAndTheEmployersOwnPayAreNotPayHistory(String text) {
    assertEquals(List.of(), findings(compliant(Jurisdiction.EU).withBrief(text), EU));
  }
}
