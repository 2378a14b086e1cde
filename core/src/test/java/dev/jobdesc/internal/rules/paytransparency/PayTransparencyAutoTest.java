package dev.jobdesc.internal.rules.paytransparency;

import static dev.jobdesc.internal.rules.paytransparency.Postings.bare;
import static dev.jobdesc.internal.rules.paytransparency.Postings.compliant;
import static dev.jobdesc.internal.rules.paytransparency.Postings.findings;
import static dev.jobdesc.internal.rules.paytransparency.Postings.onSite;
import static dev.jobdesc.internal.rules.paytransparency.Postings.remote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.Role;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import dev.jobdesc.validation.Finding;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code pay-transparency:auto}: which jurisdictions a posting's workplace selects. */
class PayTransparencyAutoTest {
  private static final String AUTO = "pay-transparency:auto";
  private static final Set<String> US = Set.of("US-CO", "US-NY-NYC", "US-NY", "US-CA", "US-WA",
      "US-IL", "US-MD", "US-HI", "US-MA", "US-MN", "US-VT", "US-NJ");

  /**
   * The jurisdictions whose rules auto runs, seen from its findings: a posting without pay
   * breaks the range rule of every jurisdiction, so each selected one reports.
   */
  private static Set<String> selected(Workplace workplace) {
    return findings(bare().withWorkplace(workplace), AUTO).stream()
        .map(f -> f.getJurisdiction().orElseThrow())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> codes(Set<Jurisdiction> jurisdictions) {
    return jurisdictions.stream().map(Jurisdiction::code).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void aDenverLocationSelectsColorado() {
    assertEquals(Set.of("US-CO"), selected(onSite("Denver", "CO", "US")));
  }

  @Test
  void aBrooklynLocationSelectsNewYorkCityAndNewYorkState() {
    assertEquals(Set.of("US-NY-NYC", "US-NY"), selected(onSite("Brooklyn", "NY", "US")));
  }

  @Test
  void aRemotePostingOpenToTheWholeUsSelectsEveryUsJurisdiction() {
    assertEquals(US, selected(remote("US")));
  }

  @Test
  void aBerlinLocationSelectsTheEu() {
    assertEquals(Set.of("EU"), selected(onSite("Berlin", "BE", "DE")));
  }

  @Test
  void aRoleDocumentSelectsNothing() {
    Role role = Role.builder().title("Peer Support Specialist").build();
    assertEquals(Set.of(), AutoSelection.of(role));
    assertEquals(List.of(), Postings.validator(AUTO).validate(role).getFindings());
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Denver        | Colorado          | US | US-CO",
      "Boulder       | co                | US | US-CO",
      "Aurora        | US-CO             | US | US-CO",
      "New York      | New York          | US | US-NY-NYC US-NY",
      "NYC           | NY                | US | US-NY-NYC US-NY",
      "Manhattan     | N.Y.              | US | US-NY-NYC US-NY",
      "The Bronx     | New York State    | US | US-NY-NYC US-NY",
      "Staten Island | NY                | US | US-NY-NYC US-NY",
      "Queens        | NY                | US | US-NY-NYC US-NY",
      "Buffalo       | NY                | US | US-NY",
      "Brooklyn      | MD                | US | US-MD",
      "Seattle       | Washington        | US | US-WA",
      "Washington    | DC                | US | -",
      "Honolulu      | Hawaiʻi           | US | US-HI",
      "Boston        | MA                | US | US-MA",
      "Trenton       | New Jersey        | US | US-NJ",
      "Austin        | TX                | US | -",
      "Denver        | -                 | US | -",
      "Toronto       | ON                | CA | CA-ON",
      "Vancouver     | British Columbia  | CA | CA-BC",
      "Montréal      | QC                | CA | -",
      "London        | Ontario           | GB | -",
      "Paris         | -                 | FR | EU",
      "Athens        | -                 | GR | EU"})
  void aLocationSelectsByCountryRegionAndLocality(String locality, String region, String country, String expected) {
    Set<String> codes = expected == null ? Set.of() : new TreeSet<>(Arrays.asList(expected.split(" ")));
    assertEquals(codes, codes(AutoSelection.of(bare().withWorkplace(onSite(locality, region, country)))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "US-CO        | US-CO",
      "US-NY        | US-NY-NYC US-NY",
      "CA           | CA-BC CA-ON",
      "CA-ON        | CA-ON",
      "DE           | EU",
      "FR-75        | EU",
      "US-TX        | ''",
      "GB           | ''",
      "US-CA CA-BC  | US-CA CA-BC"})
  void anApplicantRegionOfARemotePostingSelects(String regions, String expected) {
    Set<String> codes = expected.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(expected.split(" ")));
    assertEquals(codes, codes(AutoSelection.of(bare().withWorkplace(remote(regions.split(" "))))));
  }

  @Test
  void anOnSiteJobIsDoneAtItsLocationsWhereverApplicantsLive() {
    Workplace workplace = onSite("Austin", "TX", "US").withApplicantRegions("US");
    assertEquals(Set.of(), AutoSelection.of(bare().withWorkplace(workplace)));
    assertEquals(Set.of("US-CO"), codes(AutoSelection.of(bare().withWorkplace(workplace.withArrangement(WorkArrangement.HYBRID)
        .withApplicantRegions("US-CO")))));
  }

  @Test
  void aRemoteJobTiedToAnOfficeFallsUnderTheOfficesLawToo() {
    Workplace workplace = remote("US-NJ").withLocations(Location.builder().locality("Burlington").region("VT").country("US").build());
    assertEquals(Set.of("US-VT", "US-NJ"), codes(AutoSelection.of(bare().withWorkplace(workplace))));
  }

  @Test
  void eachLocationIsReadOnItsOwn() {
    Workplace workplace = Workplace.builder()
        .arrangement(WorkArrangement.HYBRID)
        .addLocations(
            Location.builder().locality("Albany").region("NY").country("US").build(),
            Location.builder().locality("Brooklyn").region("MD").country("US").build())
        .build();
    assertEquals(Set.of("US-NY", "US-MD"), codes(AutoSelection.of(bare().withWorkplace(workplace))));
  }

  @Test
  void aPostingNoLawCoversIsToldThatNothingWasChecked() {
    List<Finding> found = Postings.validator(AUTO).validate(bare()).getFindings();
    assertEquals(List.of("pay-transparency.auto.no-jurisdiction"), found.stream().map(Finding::getRuleId).toList());
    assertEquals(Severity.INFO, found.get(0).getSeverity());
    assertEquals("/workplace", found.get(0).getPath());
    assertTrue(found.get(0).getMessage().endsWith("(not legal advice)."), found.get(0)::getMessage);
  }

  @Test
  void autoRunsTheSelectedJurisdictionsFullRules() {
    // A compliant Colorado posting passes auto; without its deadline it fails with Colorado's rule.
    JobDescription co = compliant(Jurisdiction.US_CO);
    assertEquals(List.of(), findings(co, AUTO));
    JobDescription noDeadline = co.withApplication(co.getApplication().orElseThrow().withDeadline(Optional.empty()));
    assertEquals(List.of("pay-transparency.us-co.deadline"),
        findings(noDeadline, AUTO).stream().map(Finding::getRuleId).toList());
  }

  @Test
  void aFindingOfAutoAndOfTheJurisdictionsOwnProfileIsReportedOnce() {
    JobDescription job = bare().withWorkplace(onSite("Denver", "CO", "US"));
    List<Finding> both = findings(job, "pay-transparency:US-CO", AUTO);
    List<Finding> own = findings(job, "pay-transparency:US-CO");
    assertEquals(own, both);
    assertEquals(both.size(), new HashSet<>(both).size());
    assertTrue(both.size() >= 5, both::toString);
  }
}
