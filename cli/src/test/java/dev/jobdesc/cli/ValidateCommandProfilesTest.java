package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code validate --profile}, {@code --fail-on} and {@code --now} with {@link TestProfileProvider}'s
 * profile, which the tests' class path adds through {@code META-INF/services}: what a profile jar
 * does.
 */
class ValidateCommandProfilesTest {
  private static final String DIR = "src/test/resources/profile";
  private static final String EXPIRING = DIR + "/expiring.yaml";
  private static final String SHOUTING = DIR + "/shouting.yaml";
  private static final String SHORT = DIR + "/short.yaml";
  private static final String PROFILE = TestProfileProvider.NAME;

  @Test
  void aProfileOfAJarOnTheClassPathRunsByName() {
    CliRun run = CliRun.of("validate", "--profile", PROFILE, SHOUTING);

    assertEquals(
        List.of(
            SHOUTING + ":5:1: INFO cli-test.short-title Say a little more in the title. [/title]",
            SHOUTING + ":5:1: WARNING cli-test.shouting Take the exclamation mark out of the title."
                + " [/title]",
            "1 documents, 0 errors, 1 warnings, 1 infos"),
        run.outLines());
    assertEquals("", run.err());
  }

  @Test
  void withoutTheProfileItsRulesDoNotRun() {
    CliRun run = CliRun.of("validate", DIR);

    assertEquals(0, run.status(), run.out());
    assertEquals(List.of("3 documents, 0 errors, 0 warnings, 0 infos"), run.outLines());
  }

  @Test
  void failOnSetsTheLeastSeverityThatFails() {
    // short.yaml: one INFO; shouting.yaml: a WARNING and an INFO; neither has an ERROR.
    assertEquals(0, status("error", SHORT));
    assertEquals(0, status("warning", SHORT));
    assertEquals(1, status("info", SHORT));
    assertEquals(0, status("error", SHOUTING));
    assertEquals(1, status("warning", SHOUTING));
    assertEquals(1, status("info", SHOUTING));
    assertEquals(0, CliRun.of("validate", "--profile", PROFILE, SHORT).status(), "error is the default");
  }

  @Test
  void nowFixesTheDateThatExpiryComparesWith() {
    CliRun lastDay = CliRun.of("validate", "--profile", PROFILE, "--now", "2026-06-30", EXPIRING);
    CliRun dayAfter = CliRun.of("validate", "--profile", PROFILE, "--now", "2026-07-01", EXPIRING);

    assertEquals(0, lastDay.status(), lastDay.out());
    assertEquals(List.of("1 documents, 0 errors, 0 warnings, 0 infos"), lastDay.outLines());
    assertEquals(1, dayAfter.status(), dayAfter.out());
    assertEquals(
        List.of(
            EXPIRING + ":19:3: ERROR cli-test.expired The posting expired on 2026-06-30: take it"
                + " down or extend it. [/dates/validThrough]",
            "1 documents, 1 errors, 0 warnings, 0 infos"),
        dayAfter.outLines());
  }

  @Test
  void aDateThatIsNotYyyyMmDdIsAUsageError() {
    for (String bad : List.of("2026-02-30", "30.06.2026", "2026-6-30", "tomorrow", "")) {
      CliRun run = CliRun.of("validate", "--profile", PROFILE, "--now", bad, EXPIRING);

      assertEquals(2, run.status(), bad);
      assertEquals("", run.out());
      assertTrue(run.err().contains("is not a date of the form YYYY-MM-DD"), run.err());
    }
  }

  @Test
  void theJsonReportCarriesTheSpanAndTheOtherPartsOfAFinding() throws IOException {
    CliRun run = CliRun.of("validate", "--report", "json", "--profile", PROFILE, SHOUTING);

    JsonNode findings = JsonMapper.builder().build().readTree(run.out())
        .get("documents").get(0).get("findings");
    assertEquals(2, findings.size());
    JsonNode shouting = findings.get(1);
    assertEquals("cli-test.shouting", shouting.get("ruleId").asText());
    assertEquals("WARNING", shouting.get("severity").asText());
    assertEquals("!", shouting.get("actual").asText());
    assertEquals("[\"Mentor\"]", shouting.get("suggestions").toString());
    assertEquals("{\"start\":6,\"end\":7}", shouting.get("span").toString());
    assertEquals("ZZ", shouting.get("jurisdiction").asText());
  }

  private static int status(String failOn, String path) {
    return CliRun.of("validate", "--profile", PROFILE, "--fail-on", failOn, path).status();
  }
}
