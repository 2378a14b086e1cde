package dev.jobdesc.render.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every type and property the renderer writes conforms to the schema.org 30.0 vocabulary. */
class VocabularyConformanceTest {
  private static final SchemaOrgVocabulary VOCABULARY = SchemaOrgVocabulary.load();

  static List<String> samples() {
    return Documents.sampleNames();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void eachSampleConforms(String fileName) {
    List<String> violations = VocabularyCheck.violations(VOCABULARY, Rendered.parsed(Documents.sample(fileName)));
    assertEquals(List.of(), violations, () -> fileName + ":\n" + String.join("\n", violations));
  }

  @Test
  void generatedDocumentsConform() {
    List<String> violations = new ArrayList<>();
    Documents.seeds()
        .forEach(
            seed ->
                VocabularyCheck.violations(VOCABULARY, Rendered.parsed(Documents.generated(seed))).stream()
                    .map(violation -> "seed " + seed + " " + violation)
                    .forEach(violations::add));
    assertTrue(
        violations.isEmpty(),
        () -> violations.size() + " violations in " + Documents.GENERATED + " documents:\n"
            + violations.stream().limit(50).collect(Collectors.joining("\n")));
  }

  @Test
  void theVocabularyIsRead() {
    // 3,219 terms in release 30.0, of which some enumeration members are neither class nor property.
    assertTrue(VOCABULARY.size() > 2_000, () -> "only " + VOCABULARY.size() + " terms read");
    assertTrue(VOCABULARY.isA("MonetaryAmountDistribution", "QuantitativeValueDistribution"));
    assertTrue(VOCABULARY.isDataType("URL"));
    assertTrue(VOCABULARY.isDataType("Duration"));
  }

  /** The check itself catches each kind of mistake, so that its silence means something. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'@type': 'JobPosting', 'titel': 'x'}",
        "{'@type': 'JobPosting', 'benefits': 'x'}",
        "{'@type': 'JobPosting', 'median': 1}",
        "{'@type': 'Organisation', 'name': 'x'}",
        "{'@type': 'JobPosting', 'datePosted': '23 November 2026'}",
        "{'@type': 'JobPosting', 'baseSalary': '50000'}",
        "{'@type': 'JobPosting', 'jobLocation': {'@type': 'PostalAddress', 'addressCountry': 'US'}}",
        "{'@type': 'JobPosting', 'experienceRequirements': {'@type': 'OccupationalExperienceRequirements', 'monthsOfExperience': '12'}}",
        "{'@type': 'JobPosting', 'directApply': 'true'}",
        "{'@type': 'JobPosting', 'totalJobOpenings': 1.5}",
        "{'@type': 'Occupation', 'estimatedSalary': {'@type': 'MonetaryAmountDistribution', 'duration': 'a year'}}",
        "{'@type': 'Organization', 'sameAs': 'javascript:alert(1)'}",
        "{'@type': 'JobPosting', 'title': null}",
        "{'@type': 'JobPosting', 'skills': ['only one']}",
      })
  void theCheckFindsMistakes(String node) {
    JsonNode document = Rendered.parse(("{'@context': 'https://schema.org', " + node.substring(1)).replace('\'', '"'));
    assertEquals(1, VocabularyCheck.violations(VOCABULARY, document).size(), () -> node + " gave " + VocabularyCheck.violations(VOCABULARY, document));
  }
}
