package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Profiles;
import dev.jobdesc.validation.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilesCommandTest {

  @Test
  void theTestProfileIsListedWithItsRulesSeveritiesAndShortDescriptions() {
    CliRun run = CliRun.of("profiles");

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    List<String> lines = run.outLines();
    int nameWidth = Profiles.standard().names().stream().mapToInt(String::length).max().orElseThrow();
    int at = lines.indexOf(pad(TestProfileProvider.NAME, nameWidth) + "  Test: an expiry check. And two hints.");
    assertTrue(at > 0, run::out);
    assertEquals(
        List.of(
            "  ERROR    cli-test.expired      The posting's last day has not passed.",
            "  WARNING  cli-test.shouting     Titles do not shout.",
            "  INFO     cli-test.short-title  Titles say enough."),
        lines.subList(at + 1, at + 4));
  }

  @Test
  void everyProfileAndEachOfItsRulesIsListedStructureFirst() {
    List<String> lines = CliRun.of("profiles").outLines();

    assertTrue(lines.get(0).startsWith("structure "), lines.get(0));
    int line = 0;
    for (Profile profile : Profiles.standard().all()) {
      assertTrue(lines.get(line).startsWith(profile.getName() + " "), lines.get(line));
      line++;
      int descriptionColumn = -1;
      for (Rule rule : profile.getRules()) {
        String text = lines.get(line++);
        String start = "  " + pad(rule.getSeverity().name(), "WARNING".length()) + "  " + rule.getId() + " ";
        assertTrue(text.startsWith(start), () -> start + " vs " + text);
        int column = start.length();
        while (text.charAt(column) == ' ') {
          column++;
        }
        assertTrue(descriptionColumn < 0 || column == descriptionColumn, () -> "misaligned: " + text);
        descriptionColumn = column;
      }
      if (line < lines.size()) {
        assertEquals("", lines.get(line++), "a blank line between profiles");
      }
    }
    assertEquals(lines.size(), line, "nothing else is listed");
  }

  @Test
  void structuresRulesIncludeSyntax() {
    String out = CliRun.of("profiles").out();

    assertTrue(out.contains("\n  ERROR    syntax "), out);
    assertTrue(out.contains("\n  ERROR    structure.pay.range-order "), out);
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
