package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JobdescCommandTest {

  @Test
  void helpNamesEachCommandAndTheExitStatuses() {
    CliRun run = CliRun.of("--help");

    assertEquals(0, run.status());
    assertTrue(run.out().contains("validate  Checks documents"), run.out());
    assertTrue(run.out().contains("convert   Writes documents"), run.out());
    assertTrue(run.out().contains("render    Writes documents as text, Markdown"), run.out());
    assertTrue(run.out().contains("formats   Lists the formats"), run.out());
    assertTrue(run.out().contains("profiles  Lists the profiles"), run.out());
    assertTrue(run.out().contains("Exit status:"), run.out());
    assertTrue(run.out().contains("2   usage error"), run.out());
  }

  @Test
  void commandHelpDescribesTheReportLine() {
    CliRun run = CliRun.of("validate", "--help");

    assertEquals(0, run.status());
    assertTrue(
        run.out().contains("FILE:LINE:COL: SEVERITY RULE-ID MESSAGE [JSON-POINTER]"), run.out());
  }

  @Test
  void versionIsTheProjectVersion() {
    CliRun run = CliRun.of("--version");

    assertEquals(0, run.status());
    assertTrue(
        run.out().strip().matches("jobdesc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), run.out());
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();

    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().contains("missing command"), run.err());
    assertTrue(run.err().contains("Try 'jobdesc --help'"), run.err());
  }

  @Test
  void aMisspeltCommandGetsASuggestion() {
    CliRun run = CliRun.of("valdate", "x.yaml");

    assertEquals(2, run.status());
    // validate is the closest; picocli names the next closest too
    assertTrue(run.err().contains("Did you mean: jobdesc validate"), run.err());
  }
}
