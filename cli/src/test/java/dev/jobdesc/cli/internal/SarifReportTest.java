package dev.jobdesc.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
  private static final JsonMapper STRICT_JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private static final Rule BENEFITS =
      Rule.builder("pay-transparency.us-co.benefits")
          .severity(Severity.WARNING)
          .category("pay-transparency")
          .description("The posting describes the benefits. Colorado requires it.")
          .source("Colorado Equal Pay for Equal Work Act, C.R.S. 8-5-201")
          .sourceUrl("https://leg.colorado.gov/bills/sb19-085")
          .jurisdiction("US-CO")
          .build();
  private static final Rule LENGTH =
      Rule.builder("readability.description-length")
          .severity(Severity.INFO)
          .category("readability")
          .description("The description is a readable length.")
          .sourceUrl("not a uri")
          .build();

  @Test
  void aSmallRunIsValidSarifWithEveryPartInPlace() throws IOException {
    JsonNode log = STRICT_JSON.readTree(sample());

    assertEquals(SarifReport.SCHEMA, log.get("$schema").asText());
    assertEquals("2.1.0", log.get("version").asText());
    assertEquals(1, log.get("runs").size());
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertEquals("jobdesc", driver.get("name").asText());
    assertEquals("9.8.7", driver.get("version").asText());
    assertEquals(SarifReport.INFORMATION_URI, driver.get("informationUri").asText());

    JsonNode benefits = driver.get("rules").get(0);
    assertEquals(
        List.of("id", "name", "shortDescription", "fullDescription", "help", "helpUri",
            "defaultConfiguration", "properties"),
        keys(benefits));
    assertEquals("pay-transparency.us-co.benefits", benefits.get("id").asText());
    assertEquals("PayTransparencyUsCoBenefits", benefits.get("name").asText());
    assertEquals(
        "The posting describes the benefits.", benefits.get("shortDescription").get("text").asText());
    assertEquals(BENEFITS.getDescription(), benefits.get("fullDescription").get("text").asText());
    assertEquals(
        BENEFITS.getDescription() + " Source: " + BENEFITS.getSource().orElseThrow(),
        benefits.get("help").get("text").asText());
    assertEquals("https://leg.colorado.gov/bills/sb19-085", benefits.get("helpUri").asText());
    assertEquals("warning", benefits.get("defaultConfiguration").get("level").asText());
    assertEquals(
        "{\"category\":\"pay-transparency\",\"jurisdiction\":\"US-CO\","
            + "\"tags\":[\"pay-transparency\",\"US-CO\"]}",
        benefits.get("properties").toString());
    JsonNode length = driver.get("rules").get(1);
    assertFalse(length.has("helpUri"), "a source URL that is no absolute URI is left out");
    assertEquals("note", length.get("defaultConfiguration").get("level").asText());
    assertEquals(LENGTH.getDescription(), length.get("help").get("text").asText());

    JsonNode results = run.get("results");
    assertEquals(5, results.size());
    JsonNode located = results.get(0);
    assertEquals(
        List.of("ruleId", "ruleIndex", "level", "message", "locations", "properties"),
        keys(located));
    assertEquals(0, located.get("ruleIndex").asInt());
    assertEquals("warning", located.get("level").asText());
    assertEquals("Describe the benefits.", located.get("message").get("text").asText());
    JsonNode location = located.get("locations").get(0);
    assertEquals(
        "{\"artifactLocation\":{\"uri\":\"docs/a%20b%23c.yaml\"},"
            + "\"region\":{\"startLine\":3,\"startColumn\":5}}",
        location.get("physicalLocation").toString());
    assertEquals(
        "[{\"fullyQualifiedName\":\"/benefits/0/text\"}]",
        location.get("logicalLocations").toString());
    assertEquals(
        "{\"actual\":\"none\",\"suggestions\":[\"Health insurance\"],"
            + "\"span\":{\"start\":2,\"end\":6},"
            + "\"source\":\"Colorado Equal Pay for Equal Work Act, C.R.S. 8-5-201\","
            + "\"jurisdiction\":\"US-CO\"}",
        located.get("properties").toString());

    JsonNode lineOnly = results.get(1).get("locations").get(0).get("physicalLocation");
    assertEquals("{\"startLine\":7}", lineOnly.get("region").toString());
    JsonNode unlocated = results.get(2);
    assertEquals(1, unlocated.get("ruleIndex").asInt());
    assertEquals("note", unlocated.get("level").asText());
    assertFalse(unlocated.has("properties"));
    JsonNode noRegion = unlocated.get("locations").get(0).get("physicalLocation");
    assertEquals("{\"artifactLocation\":{\"uri\":\"docs/a%20b%23c.yaml\"}}", noRegion.toString());

    JsonNode jsonLines = results.get(3);
    assertFalse(jsonLines.has("ruleIndex"), "a rule the validator does not list has no index");
    assertEquals("error", jsonLines.get("level").asText());
    assertEquals(
        "{\"artifactLocation\":{\"uri\":\"batch.jsonl\"},\"region\":{\"startLine\":2,\"startColumn\":65}}",
        jsonLines.get("locations").get(0).get("physicalLocation").toString());

    JsonNode stdin = results.get(4).get("locations").get(0);
    assertEquals(List.of("logicalLocations"), keys(stdin), "standard input has no file");

    assertEquals(
        "{\"documents\":4,\"errors\":1,\"warnings\":2,\"infos\":2}", run.get("properties").toString());
  }

  @Test
  void theSmallRunFollowsTheOfficialSchema() {
    assertEquals(List.of(), SarifSchema.errors(sample()));
  }

  @Test
  void theSchemaCheckCatchesWhatIsNotSarif() throws IOException {
    ObjectNode log = (ObjectNode) STRICT_JSON.readTree(sample());
    ObjectNode result = (ObjectNode) log.get("runs").get(0).get("results").get(0);
    result.put("level", "fatal");
    ((ObjectNode) result.get("locations").get(0).get("physicalLocation").get("region"))
        .put("startLine", 0);
    log.remove("version");

    List<String> errors = SarifSchema.errors(log.toString());

    assertEquals(3, errors.size(), errors::toString);
  }

  @Test
  void controlCharactersOfADocumentReachTheLogOnlyEscaped() throws IOException {
    String hostile = "key 'a\u001b[31m\u009b2J\u007f\nb' is unknown";
    Finding finding =
        Finding.builder().ruleId("syntax").severity(Severity.ERROR).path("/a").message(hostile).build();

    String sarif = write(List.of(), new CheckedDocument("a.yaml", "a.yaml", null, null, List.of(finding)));

    for (char c : new char[] {'\u001b', '\u009b', '\u007f', '\n'}) {
      assertFalse(sarif.strip().indexOf(c) >= 0, () -> "raw U+" + Integer.toHexString(c));
    }
    JsonNode result = STRICT_JSON.readTree(sarif).get("runs").get(0).get("results").get(0);
    assertEquals(hostile, result.get("message").get("text").asText());
    assertEquals(List.of(), SarifSchema.errors(sarif));
  }

  @Test
  void severitiesBecomeSarifLevels() {
    assertEquals("error", SarifReport.level(Severity.ERROR));
    assertEquals("warning", SarifReport.level(Severity.WARNING));
    assertEquals("note", SarifReport.level(Severity.INFO));
  }

  @Test
  void filesBecomeRelativeUrisWithForwardSlashes(@TempDir Path base) {
    ArtifactUris uris = new ArtifactUris(base);

    assertEquals(Optional.of("a/b.yaml"), uris.of("a/b.yaml"));
    assertEquals(Optional.of("a/b.yaml"), uris.of("./a/./b.yaml"));
    assertEquals(Optional.of("../x%20y/%C3%A9%25.yaml"), uris.of("../x y/é%.yaml"));
    assertEquals(Optional.of("c%3Ad.yaml"), uris.of("c:d.yaml"));
    assertEquals(Optional.of("in/side.yaml"), uris.of(base.resolve("in/side.yaml").toString()));
    Path outside = base.getRoot().resolve("elsewhere").resolve("a b.yaml");
    assertEquals(Optional.of(outside.toUri().toASCIIString()), uris.of(outside.toString()));
    assertTrue(uris.of(outside.toString()).orElseThrow().startsWith("file:///"));
    assertEquals(Optional.empty(), uris.of(Inputs.STDIN_NAME));
  }

  /** Four documents: two findings with and one without a position, one of JSON Lines, stdin. */
  private static String sample() {
    Finding located =
        Finding.builder()
            .ruleId(BENEFITS.getId())
            .severity(Severity.WARNING)
            .path("/benefits/0/text")
            .message("Describe the benefits.")
            .location(3, 5)
            .actual("none")
            .span(new Span(2, 6))
            .suggestions(List.of("Health insurance"))
            .source(BENEFITS.getSource().orElseThrow())
            .jurisdiction("US-CO")
            .build();
    Finding lineOnly = finding(BENEFITS.getId(), Severity.WARNING).location(7, 0).build();
    Finding unlocated = finding(LENGTH.getId(), Severity.INFO).build();
    Finding broken = finding("syntax", Severity.ERROR).location(2, 65).build();
    Finding fromStdin = finding(LENGTH.getId(), Severity.INFO).build();
    return write(
        List.of(BENEFITS, LENGTH),
        new CheckedDocument(
            "docs/a b#c.yaml", "docs/a b#c.yaml", "a", "job-description",
            List.of(located, lineOnly, unlocated)),
        new CheckedDocument("batch.jsonl", "batch.jsonl:2", null, null, List.of(broken)),
        new CheckedDocument(Inputs.STDIN_NAME, Inputs.STDIN_NAME, null, "role", List.of(fromStdin)),
        new CheckedDocument("clean.yaml", "clean.yaml", "clean", "role", List.of()));
  }

  private static Finding.Builder finding(String ruleId, Severity severity) {
    return Finding.builder().ruleId(ruleId).severity(severity).path("").message("A finding.");
  }

  private static String write(List<Rule> rules, CheckedDocument... documents) {
    StringWriter text = new StringWriter();
    Tally tally = new Tally();
    SarifReport report = new SarifReport(new PrintWriter(text), rules, "9.8.7", Path.of(""));
    for (CheckedDocument document : documents) {
      tally.add(document);
      report.add(document);
    }
    report.finish(tally);
    return text.toString();
  }

  private static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.properties().stream().map(Map.Entry::getKey).forEach(keys::add);
    return keys;
  }
}
