package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in publishing profiles through the command line, on the repository's samples. */
class PublishingProfilesTest {
  private static final String DOCUMENTS = "../samples/documents";
  private static final String PUBLISHED = "../samples/published/peer-support-specialist-denver.yaml";

  @Test
  void publishableReportsEveryPlaceholderOfTheTemplatesWithItsPath() throws Exception {
    CliRun run = CliRun.of("validate", "--profile", "publishable", "--report", "json", DOCUMENTS);
    assertEquals(1, run.status(), run::err);
    List<String> placeholders = new ArrayList<>();
    for (JsonNode document : new ObjectMapper().readTree(run.out()).get("documents")) {
      for (JsonNode finding : document.get("findings")) {
        if (finding.get("ruleId").asText().equals("publishable.placeholder")) {
          placeholders.add(document.get("id").asText() + " " + finding.get("path").asText() + " "
              + finding.get("actual").asText() + " line " + finding.get("line").asInt());
        }
      }
    }
    assertEquals(
        List.of(
            "certified-peer-support-worker /application/instructions [email address or application portal] line 195",
            "certified-peer-support-worker /workplace/locations/0/locality [City, State] line 190",
            "mental-health-peer-specialist /application/instructions [email address or application portal] line 203",
            "mental-health-peer-specialist /workplace/locations/0/locality [City, State] line 198",
            "peer-support-specialist /application/instructions [email address or application portal] line 171",
            "peer-support-specialist /workplace/locations/0/locality [City, State] line 166"),
        placeholders);
  }

  @Test
  void theFilledInTemplatePassesPublishableGoogleAndItsPayTransparencyLaws() {
    CliRun run =
        CliRun.of("validate", "--profile", "publishable,google-jobs,pay-transparency:auto", "--now", "2026-12-02",
            PUBLISHED);
    assertEquals(0, run.status(), run::out);
    assertTrue(run.out().endsWith("1 documents, 0 errors, 1 warnings, 0 infos\n"), run::out);
  }

  @Test
  void theFilledInTemplateFailsWhenItsPayIsOpenEnded() {
    CliRun run =
        CliRun.withStdin(
            "version: 1\nkind: job-description\nrole: {title: Peer Support Specialist}\n"
                + "responsibilities: [Lead groups]\nqualifications: [Lived experience]\n"
                + "pay: {minimum: 20, currency: USD, period: HOUR}\n"
                + "workplace: {arrangement: ON_SITE, locations: [{locality: Brooklyn, region: NY, country: US}]}\n",
            "validate", "--profile", "pay-transparency:auto", "-");
    assertEquals(1, run.status(), run::out);
    assertTrue(run.out().contains("ERROR pay-transparency.us-ny-nyc.range"), run::out);
    assertTrue(run.out().contains("ERROR pay-transparency.us-ny.range"), run::out);
  }

  @Test
  void languageFindsTheTroubleInAnAdAndSuggestsBetterWords() throws Exception {
    CliRun run =
        CliRun.withStdin(
            "version: 1\nkind: role\ntitle: Developer\n"
                + "summary: [We want young, aggressive rockstar ninjas. We particularly encourage women to apply.]\n",
            "validate", "--profile", "language", "--report", "json", "--fail-on", "warning", "-");
    assertEquals(1, run.status(), run::out);
    List<String> found = new ArrayList<>();
    for (JsonNode finding : new ObjectMapper().readTree(run.out()).at("/documents/0/findings")) {
      assertTrue(finding.get("suggestions").size() > 0, finding::toString);
      found.add(finding.get("ruleId").asText() + " " + finding.path("actual").asText());
    }
    assertTrue(found.contains("language.age-coded young"), found::toString);
    assertTrue(found.contains("language.jargon rockstar"), found::toString);
    assertTrue(found.contains("language.jargon ninjas"), found::toString);
    assertTrue(found.stream().anyMatch(f -> f.startsWith("language.gender-coding")), found::toString);
    assertTrue(found.stream().noneMatch(f -> f.startsWith("language.gendered-wording")), found::toString);
  }
}
