package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobdesc.validation.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests run in the module's directory, so the samples are at {@code ../samples/documents}. */
class ValidateCommandTest {
  private static final String SAMPLES = "../samples/documents";
  private static final String VALID_SAMPLE = SAMPLES + "/peer-specialist.role.yaml";
  private static final String BATCH = "src/test/resources/batch";
  private static final String JSON_LINES = "src/test/resources/three-documents.jsonl";

  /** Each broken document of the batch and the one finding it must get, in report order. */
  private static final List<Expected> BATCH_FINDINGS =
      List.of(
          new Expected("misspelt-enum.yaml", 12, 11, "syntax", "/employment/types/0"),
          new Expected("pay-range-order.yaml", 12, 3, "structure.pay.range-order", "/pay/minimum"),
          new Expected(
              "remote-without-regions.yaml",
              11,
              1,
              "structure.workplace.remote-regions",
              "/workplace/applicantRegions"),
          new Expected(
              "tiers-out-of-order.yaml",
              10,
              5,
              "structure.experience-tiers.order",
              "/experienceTiers/1/minYears"),
          new Expected("unknown-key.yaml", 14, 3, "syntax", "/pay/curency"),
          new Expected("unparseable.yaml", 5, 8, "syntax", "/title/0"));

  private static final JsonMapper STRICT_JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private record Expected(String file, int line, int column, String ruleId, String path) {
    String prefix() {
      return BATCH + "/" + file + ":" + line + ":" + column + ": ERROR " + ruleId + " ";
    }
  }

  @Test
  void theSamplesAreValid() {
    CliRun run = CliRun.of("validate", SAMPLES);

    assertEquals(0, run.status(), run.err());
    assertEquals(List.of("5 documents, 0 errors, 0 warnings, 0 infos"), run.outLines());
    assertEquals("", run.err());
  }

  @Test
  void eachBrokenDocumentGetsItsOwnFindingAndTheBatchGoesOn() {
    CliRun run = CliRun.of("validate", BATCH, VALID_SAMPLE);

    assertEquals(1, run.status());
    List<String> lines = run.outLines();
    assertEquals(BATCH_FINDINGS.size() + 1, lines.size(), run.out());
    for (int i = 0; i < BATCH_FINDINGS.size(); i++) {
      Expected expected = BATCH_FINDINGS.get(i);
      String line = lines.get(i);
      assertTrue(line.startsWith(expected.prefix()), () -> expected + " vs " + line);
      assertTrue(line.endsWith(" [" + expected.path() + "]"), () -> expected + " vs " + line);
    }
    assertEquals("7 documents, 6 errors, 0 warnings, 0 infos", run.lastLine());
    assertEquals("", run.err());
  }

  @Test
  void messagesSayWhatToDo() {
    String out = CliRun.of("validate", BATCH).out();

    assertTrue(out.contains("unknown key 'curency' in PayRange; did you mean 'currency'?"), out);
    assertTrue(out.contains("'FULLTIME' is not one of FULL_TIME, PART_TIME"), out);
    assertTrue(out.contains("The pay minimum 60000 is above the maximum 50000"), out);
  }

  @Test
  void theJsonReportIsOneObjectWithTheKeysOfTheSpec() throws IOException {
    CliRun run = CliRun.of("validate", "--report", "json", BATCH, VALID_SAMPLE);

    assertEquals(1, run.status());
    JsonNode report = STRICT_JSON.readTree(run.out());
    assertEquals(List.of("documents", "summary"), keys(report));
    JsonNode summary = report.get("summary");
    assertEquals(List.of("documents", "errors", "warnings", "infos"), keys(summary));
    assertEquals(7, summary.get("documents").asInt());
    assertEquals(6, summary.get("errors").asInt());
    assertEquals(0, summary.get("warnings").asInt());
    assertEquals(0, summary.get("infos").asInt());

    JsonNode documents = report.get("documents");
    assertEquals(7, documents.size());
    for (JsonNode document : documents) {
      assertEquals(List.of("source", "id", "kind", "findings"), keys(document));
      for (JsonNode finding : document.get("findings")) {
        List<String> keys = keys(finding);
        assertEquals(
            List.of("ruleId", "severity", "path", "message", "line", "column"), keys.subList(0, 6));
        assertTrue(
            List.of("actual", "suggestions", "span", "source", "jurisdiction")
                .containsAll(keys.subList(6, keys.size())),
            keys::toString);
      }
    }
    for (int i = 0; i < BATCH_FINDINGS.size(); i++) {
      Expected expected = BATCH_FINDINGS.get(i);
      JsonNode document = documents.get(i);
      assertEquals(BATCH + "/" + expected.file(), document.get("source").asText());
      JsonNode finding = document.get("findings").get(0);
      assertEquals(1, document.get("findings").size(), document::toString);
      assertEquals(expected.ruleId(), finding.get("ruleId").asText());
      assertEquals("ERROR", finding.get("severity").asText());
      assertEquals(expected.path(), finding.get("path").asText());
      assertEquals(expected.line(), finding.get("line").asInt());
      assertEquals(expected.column(), finding.get("column").asInt());
    }

    JsonNode notRead = documents.get(0);
    assertTrue(notRead.get("id").isNull() && notRead.get("kind").isNull(), notRead::toString);
    JsonNode read = documents.get(1);
    assertEquals("pay-range-order", read.get("id").asText());
    assertEquals("job-description", read.get("kind").asText());
    JsonNode unknownKey = documents.get(4).get("findings").get(0);
    assertEquals("curency", unknownKey.get("actual").asText());
    assertEquals("[\"currency\"]", unknownKey.get("suggestions").toString());
    JsonNode valid = documents.get(6);
    assertEquals(VALID_SAMPLE, valid.get("source").asText());
    assertEquals("peer-specialist-role", valid.get("id").asText());
    assertEquals("role", valid.get("kind").asText());
    assertEquals(0, valid.get("findings").size());
  }

  @Test
  void aBrokenLineOfJsonLinesIsReportedAtItsLineAndTheOthersAreRead() throws IOException {
    CliRun text = CliRun.of("validate", JSON_LINES);

    assertEquals(1, text.status());
    assertEquals(2, text.outLines().size(), text.out());
    assertTrue(text.outLines().get(0).startsWith(JSON_LINES + ":2:65: ERROR syntax "), text.out());
    assertEquals("3 documents, 1 errors, 0 warnings, 0 infos", text.lastLine());

    JsonNode documents =
        STRICT_JSON.readTree(CliRun.of("validate", "--report", "json", JSON_LINES).out())
            .get("documents");
    assertEquals(3, documents.size());
    for (int line = 1; line <= 3; line++) {
      assertEquals(JSON_LINES + ":" + line, documents.get(line - 1).get("source").asText());
    }
    assertEquals("peer-mentor", documents.get(0).get("id").asText());
    assertEquals(0, documents.get(0).get("findings").size());
    JsonNode broken = documents.get(1).get("findings");
    assertEquals(1, broken.size());
    assertEquals("syntax", broken.get(0).get("ruleId").asText());
    assertEquals(2, broken.get(0).get("line").asInt());
    assertEquals("peer-counselor", documents.get(2).get("id").asText());
    assertEquals(0, documents.get(2).get("findings").size());
  }

  @Test
  void standardInputIsReadAsYamlOrJson() throws IOException {
    String sample = Files.readString(Path.of(VALID_SAMPLE));
    CliRun yaml = CliRun.withStdin(sample, "validate", "-");
    CliRun json =
        CliRun.withStdin(
            "{\"version\":1,\"kind\":\"role\",\"title\":\"Peer Mentor\"}",
            "validate",
            "--report",
            "json",
            "-");

    assertEquals(0, yaml.status(), yaml.out());
    assertEquals("1 documents, 0 errors, 0 warnings, 0 infos", yaml.lastLine());
    assertEquals(0, json.status(), json.out());
    JsonNode document = STRICT_JSON.readTree(json.out()).get("documents").get(0);
    assertEquals("<stdin>", document.get("source").asText());
    assertEquals("role", document.get("kind").asText());
  }

  @Test
  void brokenStandardInputIsAFindingOnStdin() {
    CliRun run = CliRun.withStdin("version: 1\nkind: role\ntitle: [Peer\n", "validate", "-");

    assertEquals(1, run.status());
    assertTrue(run.outLines().get(0).startsWith("<stdin>:"), run.out());
    assertTrue(run.outLines().get(0).contains(" ERROR syntax "), run.out());
  }

  @Test
  void aFileThatIsNotUtf8IsAFindingWithoutJavaNames(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9, '\n'});

    CliRun run = CliRun.of("validate", latin1.toString());

    assertEquals(1, run.status());
    assertTrue(run.outLines().get(0).startsWith(latin1 + ":"), run.out());
    assertTrue(run.outLines().get(0).contains(" ERROR syntax "), run.out());
  }

  @Test
  void failOnSetsTheThreshold() {
    assertEquals(0, CliRun.of("validate", "--fail-on", "info", SAMPLES).status());
    assertEquals(1, CliRun.of("validate", "--fail-on", "warning", BATCH).status());
    assertEquals(1, CliRun.of("validate", "--fail-on", "INFO", BATCH).status());
    assertEquals(2, CliRun.of("validate", "--fail-on", "never", SAMPLES).status());
  }

  @Test
  void profileNamesAreCheckedAgainstTheKnownProfiles() {
    assertEquals(0, CliRun.of("validate", "--profile", "structure", SAMPLES).status());
    assertEquals(
        0,
        CliRun.of("validate", "--profile", "structure,structure", "--profile=structure", SAMPLES)
            .status());
    assertEquals(
        0,
        CliRun.of("validate", "--profile", TestProfileProvider.NAME + ",structure", SAMPLES).status());

    CliRun unknown = CliRun.of("validate", "--profile", "structure,no-such-profile", SAMPLES);
    assertEquals(2, unknown.status());
    assertEquals("", unknown.out());
    assertTrue(
        unknown.err().contains("unknown profile 'no-such-profile'; known profiles: "
            + String.join(", ", Profiles.standard().names())),
        unknown.err());
    assertTrue(unknown.err().contains("structure, "), unknown.err());
    assertTrue(unknown.err().contains(TestProfileProvider.NAME), unknown.err());
  }

  @Test
  void anUnreadablePathIsReportedAndTheRestOfTheBatchGoesOn() {
    CliRun run = CliRun.of("validate", "missing.yaml", SAMPLES, "pom.xml");

    assertEquals(2, run.status());
    assertEquals("5 documents, 0 errors, 0 warnings, 0 infos", run.lastLine());
    assertEquals(
        List.of(
            "jobdesc: cannot read missing.yaml: no such file or directory",
            "jobdesc: cannot read pom.xml: not a .yaml, .yml, .json or .jsonl file"),
        run.err().lines().toList());
  }

  @Test
  void noPathIsAUsageError() {
    CliRun run = CliRun.of("validate");

    assertEquals(2, run.status());
    assertTrue(run.err().contains("PATH"), run.err());
  }

  @Test
  void directoriesAreSearchedInNameOrderSkippingHiddenEntries(@TempDir Path dir)
      throws IOException {
    Path sample = Path.of(VALID_SAMPLE);
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve(".hidden"));
    Files.copy(sample, dir.resolve("b.yaml"));
    Files.copy(sample, dir.resolve("a/c.yml"));
    Files.copy(sample, dir.resolve(".hidden/d.yaml"));
    Files.copy(sample, dir.resolve(".e.yaml"));
    Files.writeString(dir.resolve("notes.txt"), "not a document");

    CliRun run = CliRun.of("validate", "--report", "json", dir.toString());

    assertEquals(0, run.status(), run.err());
    List<String> sources = new ArrayList<>();
    STRICT_JSON.readTree(run.out()).get("documents").forEach(d -> sources.add(d.get("source").asText()));
    assertEquals(List.of(dir.resolve("a/c.yml").toString(), dir.resolve("b.yaml").toString()), sources);
  }

  @Test
  void controlCharactersOfADocumentCannotReachTheTerminal() {
    CliRun run =
        CliRun.withStdin(
            "{\"version\":1,\"kind\":\"role\",\"title\":\"X\",\"a\\u001b[31m\\nb\":1}",
            "validate",
            "-");

    assertEquals(1, run.status());
    assertEquals(2, run.outLines().size(), run.out());
    assertFalse(run.out().contains("\u001b"), run.out());
    assertTrue(run.outLines().get(0).contains("unknown key 'a [31m b'"), run.out());
  }

  private static List<String> keys(JsonNode object) {
    return object.properties().stream().map(Map.Entry::getKey).toList();
  }
}
