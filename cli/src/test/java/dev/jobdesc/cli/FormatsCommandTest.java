package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsCommandTest {

  @Test
  void listsEachRendererOnTheClassPathSortedByIdInAlignedColumns() {
    CliRun run = CliRun.of("formats");

    assertEquals(0, run.status(), run.err());
    assertEquals(
        List.of(
            "test-id     id.txt  Test: the document's kind and id",
            "test-lines  txt     Test: the outline as plain lines"),
        run.outLines());
    assertEquals("", run.err());
  }
}
