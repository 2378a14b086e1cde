package dev.jobdesc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishingCheckTest {
  private static final Path PUBLISHED = Path.of("published/peer-support-specialist-denver.yaml");
  private static final Clock DAY =
      Clock.fixed(GoldenReportsTest.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  private static ValidationReport run(Path file) throws IOException {
    return PublishingCheck.run(file, DAY, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @Test
  void theFilledInTemplateHasNoErrors() throws IOException {
    ValidationReport report = run(PUBLISHED);
    assertEquals(0, report.count(Severity.ERROR), report::toString);
    assertEquals(List.of("language.gender-coding", "google-jobs.valid-through"),
        report.getFindings().stream().map(Finding::getRuleId).toList(),
        "the identifier rule is denied; a rolling posting has no end date");
  }

  @Test
  void theHouseRuleTheExtraWordAndTheStricterPayRuleApply(@TempDir Path dir) throws IOException {
    String yaml = Files.readString(PUBLISHED, StandardCharsets.UTF_8)
        .replace("id: pss-denver-2026-11\n", "id: pss-denver-2026-11\ntitle: Peer Support Specialist REQ-118\n")
        .replace("  - We are seeking a compassionate", "  - Join our synergy. We are seeking a compassionate")
        .replaceAll("(?s)\\npay:\\n.*?\\notherCompensation:", "\notherCompensation:");
    Path file = dir.resolve("changed.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);

    List<String> found = run(file).getFindings().stream()
        .map(f -> f.getRuleId() + " " + f.getSeverity() + " " + f.getPath()).toList();
    assertTrue(found.contains("acme.title.no-codes WARNING /title"), found::toString);
    assertTrue(found.contains("language.jargon WARNING /brief/0"), found::toString);
    assertTrue(found.contains("publishable.pay ERROR /pay"), found::toString);
    assertTrue(found.contains("pay-transparency.us-co.range ERROR /pay"), found::toString);
    assertTrue(found.stream().noneMatch(f -> f.startsWith("google-jobs.identifier")), found::toString);
  }
}
