package dev.jobdesc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCheckTest {
  @Test
  void theSampleTemplatesFailPublishableInNameOrder() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long documents =
        BatchCheck.run(List.of(Path.of("documents")), new PrintStream(out, true, StandardCharsets.UTF_8));
    assertEquals(5, documents);
    // The three job descriptions are templates: placeholders, no organization, no date posted.
    // The two roles are not postings, which publishable does not check.
    List<String> report = out.toString(StandardCharsets.UTF_8).lines().toList();
    List<String> files =
        List.of("certified-peer-support-worker", "mental-health-peer-specialist", "peer-support-specialist");
    assertEquals(files.size() + 1, report.size(), report::toString);
    for (int i = 0; i < files.size(); i++) {
      String prefix = Path.of("documents", files.get(i) + ".yaml") + ": 4 errors";
      assertTrue(report.get(i).startsWith(prefix), report.get(i));
    }
    assertEquals("5 documents", report.get(files.size()));
  }

  @Test
  void aBrokenLineAndAMissingFileAreReportedAndTheRestGoesOn(@TempDir Path dir) throws IOException {
    Path lines = dir.resolve("two.jsonl");
    Files.writeString(lines, "{\"version\":1,\"kind\":\"role\",\"title\":\n{\"version\":1}\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long documents =
        BatchCheck.run(
            List.of(lines, dir.resolve("missing.yaml")), new PrintStream(out, true, StandardCharsets.UTF_8));
    List<String> report = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(3, documents);
    assertTrue(report.get(0).startsWith(lines + ":1: 1 errors"), report.toString());
    assertTrue(report.get(1).startsWith(lines + ":2: "), report.toString());
    assertTrue(report.get(2).startsWith(dir.resolve("missing.yaml") + ": cannot read: "), report.toString());
    assertEquals("3 documents", report.get(3));
  }
}
