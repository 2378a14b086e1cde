package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobdesc.cli.internal.SarifSchema;
import dev.jobdesc.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code validate --report sarif} end to end: the log follows the official SARIF 2.1.0 schema (an
 * independent validator checks it) and says what the JSON report says.
 */
class SarifOutputTest {
  private static final String SAMPLES = "../samples/documents";
  private static final String BATCH = "src/test/resources/batch";
  private static final String JSON_LINES = "src/test/resources/three-documents.jsonl";
  private static final String PROFILES = "src/test/resources/profile";

  private static final JsonMapper STRICT_JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  @Test
  void theSamplesGiveAValidLogWithEveryRuleAndNoResult() throws IOException {
    CliRun run = CliRun.of("validate", "--report", "sarif", SAMPLES);

    assertEquals(0, run.status(), run.err());
    assertEquals(List.of(), SarifSchema.errors(run.out()));
    JsonNode sarif = STRICT_JSON.readTree(run.out());
    JsonNode runs = sarif.get("runs");
    assertEquals(1, runs.size());
    assertEquals(0, runs.get(0).get("results").size());
    assertEquals(5, runs.get(0).get("properties").get("documents").asInt());
    List<String> ruleIds = new ArrayList<>();
    runs.get(0).get("tool").get("driver").get("rules").forEach(r -> ruleIds.add(r.get("id").asText()));
    assertEquals(
        Validator.builder().build().getRules().stream().map(r -> r.getId()).toList(), ruleIds);
    JsonNode syntax = runs.get(0).get("tool").get("driver").get("rules").get(0);
    assertEquals("syntax", syntax.get("id").asText());
    assertTrue(syntax.path("name").isMissingNode(), "a name that only repeats the id is left out");
    JsonNode internalError = runs.get(0).get("tool").get("driver").get("rules").get(1);
    assertEquals("InternalError", internalError.get("name").asText());
  }

  @Test
  void findingsGiveAValidLogThatSaysWhatTheJsonReportSays() throws IOException {
    String[] paths = {BATCH, JSON_LINES, PROFILES, SAMPLES};
    CliRun sarifRun = CliRun.of(args("sarif", paths));
    CliRun jsonRun = CliRun.of(args("json", paths));

    assertEquals(1, sarifRun.status());
    assertEquals(List.of(), SarifSchema.errors(sarifRun.out()));
    JsonNode run = STRICT_JSON.readTree(sarifRun.out()).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    List<String> fromSarif = new ArrayList<>();
    for (JsonNode result : run.get("results")) {
      JsonNode location = result.get("locations").get(0);
      JsonNode physical = location.get("physicalLocation");
      assertEquals(
          result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
      fromSarif.add(
          physical.get("artifactLocation").get("uri").asText()
              + ":" + physical.get("region").get("startLine").asInt()
              + ":" + physical.get("region").get("startColumn").asInt()
              + " " + result.get("level").asText()
              + " " + result.get("ruleId").asText()
              + " " + location.get("logicalLocations").get(0).get("fullyQualifiedName").asText()
              + " " + result.get("message").get("text").asText());
    }
    List<String> fromJson = new ArrayList<>();
    for (JsonNode document : STRICT_JSON.readTree(jsonRun.out()).get("documents")) {
      String file = document.get("source").asText().replaceFirst("\\.jsonl:\\d+$", ".jsonl");
      for (JsonNode finding : document.get("findings")) {
        fromJson.add(
            file
                + ":" + finding.get("line").asInt()
                + ":" + finding.get("column").asInt()
                + " " + level(finding.get("severity").asText())
                + " " + finding.get("ruleId").asText()
                + " " + finding.get("path").asText()
                + " " + finding.get("message").asText());
      }
    }
    assertEquals(fromJson, fromSarif);
    assertEquals(12, fromSarif.size(), fromSarif::toString);
    assertTrue(
        fromSarif.stream().anyMatch(s -> s.startsWith(JSON_LINES + ":2:65 error syntax ")),
        "a line of JSON Lines is located at the file's line");
    JsonNode counts = run.get("properties");
    assertEquals("{\"documents\":17,\"errors\":8,\"warnings\":1,\"infos\":3}", counts.toString());
  }

  @Test
  void theLogDescribesTheProfilesRulesWithTheirSeverities() throws IOException {
    CliRun run = CliRun.of("validate", "--report", "sarif", "--profile", TestProfileProvider.NAME, SAMPLES);

    assertEquals(List.of(), SarifSchema.errors(run.out()));
    JsonNode rules = STRICT_JSON.readTree(run.out()).get("runs").get(0).get("tool").get("driver").get("rules");
    List<String> levels = new ArrayList<>();
    for (JsonNode rule : rules) {
      if (rule.get("id").asText().startsWith(TestProfileProvider.NAME + ".")) {
        levels.add(rule.get("id").asText() + "=" + rule.get("defaultConfiguration").get("level").asText());
      }
    }
    assertEquals(
        List.of(
            TestProfileProvider.EXPIRED + "=error",
            TestProfileProvider.SHOUTING + "=warning",
            TestProfileProvider.SHORT_TITLE + "=note"),
        levels);
  }

  @Test
  void helpNamesTheThreeReportFormats() {
    CliRun run = CliRun.of("validate", "--help");

    assertTrue(run.out().contains("--report=text|json|sarif"), run.out());
  }

  private static String[] args(String report, String... paths) {
    List<String> args = new ArrayList<>(List.of("validate", "--report", report, "--profile",
        TestProfileProvider.NAME, "--now", "2026-07-01"));
    args.addAll(List.of(paths));
    return args.toArray(String[]::new);
  }

  private static String level(String severity) {
    return switch (severity) {
      case "ERROR" -> "error";
      case "WARNING" -> "warning";
      default -> "note";
    };
  }
}
