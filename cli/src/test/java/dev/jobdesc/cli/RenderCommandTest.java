package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders with the test renderers of {@code META-INF/services}. Tests run in the module's
 * directory, so the samples are at {@code ../samples/documents}.
 */
class RenderCommandTest {
  private static final String SAMPLES = "../samples/documents";
  private static final String SAMPLE = SAMPLES + "/peer-specialist.role.yaml";
  private static final String SPANISH = "src/test/resources/render/sin-id.yaml";
  private static final String JSON_LINES = "src/test/resources/three-documents.jsonl";
  private static final String UNPARSEABLE = "src/test/resources/batch/unparseable.yaml";

  @TempDir private Path dir;

  @Test
  void oneDocumentGoesToStandardOutput() {
    CliRun run = CliRun.of("render", "--format", "test-lines", SAMPLE);

    assertEquals(0, run.status(), run.err());
    List<String> lines = run.outLines();
    assertEquals("Peer Specialist", lines.get(0));
    assertEquals("== Peer Specialist", lines.get(1));
    assertTrue(lines.contains("== About the role"), run.out());
    assertEquals("pay label: Pay", run.lastLine());
    assertEquals("", run.err());
  }

  @Test
  void standardInputRendersLikeTheFile() throws IOException {
    CliRun run =
        CliRun.withStdin(Files.readString(Path.of(SAMPLE)), "render", "--format", "test-lines", "-");

    assertEquals(0, run.status(), run.err());
    assertEquals(CliRun.of("render", "--format", "test-lines", SAMPLE).out(), run.out());
  }

  @Test
  void outputFileIsReplacedOnlyByADocumentThatRenders() throws IOException {
    Path file = dir.resolve("peer.txt");

    CliRun rendered = CliRun.of("render", "--format", "test-lines", "--output", file.toString(), SAMPLE);
    CliRun broken =
        CliRun.of("render", "--format", "test-lines", "--output", file.toString(), UNPARSEABLE);

    assertEquals(0, rendered.status(), rendered.err());
    assertEquals("", rendered.out() + rendered.err());
    assertEquals(CliRun.of("render", "--format", "test-lines", SAMPLE).out(), Files.readString(file));
    assertEquals(1, broken.status());
    assertTrue(broken.err().startsWith(UNPARSEABLE + ":5:8: ERROR syntax "), broken.err());
    assertEquals("", broken.out());
    assertEquals(CliRun.of("render", "--format", "test-lines", SAMPLE).out(), Files.readString(file));
    assertEquals(List.of(file), list(dir), "no temporary file left behind");
  }

  @Test
  void aDirectoryBecomesOneFilePerDocumentNamedByItsId() throws IOException {
    Path out = dir.resolve("made/by/render");

    CliRun run = CliRun.of("render", "--format", "test-id", "--output", out.toString(), SAMPLES);

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out() + run.err());
    assertEquals(
        List.of(
            "certified-peer-support-worker.id.txt",
            "mental-health-peer-specialist-role.id.txt",
            "mental-health-peer-specialist.id.txt",
            "peer-specialist-role.id.txt",
            "peer-support-specialist.id.txt"),
        names(out));
    assertEquals("role peer-specialist-role\n", Files.readString(out.resolve("peer-specialist-role.id.txt")));
  }

  @Test
  void jsonLinesRendersEachValidLineAndReportsTheOneThatCannotBeRead() throws IOException {
    CliRun run = CliRun.of("render", "--format", "test-id", "--output", dir.toString(), JSON_LINES);

    assertEquals(1, run.status());
    assertEquals(List.of("peer-counselor.id.txt", "peer-mentor.id.txt"), names(dir));
    assertEquals("role peer-mentor\n", Files.readString(dir.resolve("peer-mentor.id.txt")));
    assertTrue(run.err().startsWith(JSON_LINES + ":2:65: ERROR syntax "), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void aDocumentWithoutIdIsNamedByItsFileAndLine() throws IOException {
    CliRun lines =
        CliRun.of(
            "render", "--format", "test-id", "--output", dir.toString(),
            "src/test/resources/render/no-ids.jsonl");
    CliRun single = CliRun.of("render", "--format", "test-id", "--output", dir.toString(), SPANISH);

    assertEquals(0, lines.status(), lines.err());
    assertEquals(0, single.status(), single.err());
    assertEquals(List.of("no-ids-1.id.txt", "no-ids-2.id.txt", "sin-id.id.txt"), names(dir));
  }

  @Test
  void aNameAlreadyGivenInTheRunIsRefusedWhateverItsCase() throws IOException {
    CliRun run =
        CliRun.of(
            "render", "--format", "test-id", "--output", dir.toString(),
            "src/test/resources/render/twins.jsonl");

    assertEquals(1, run.status());
    assertEquals(List.of("other.id.txt", "twin.id.txt"), names(dir));
    assertEquals("role twin\n", Files.readString(dir.resolve("twin.id.txt")));
    assertEquals(
        "jobdesc: src/test/resources/render/twins.jsonl:2: not rendered: an earlier document was"
            + " rendered to Twin.id.txt\n",
        run.err());
  }

  @Test
  void theLocaleOptionOverridesTheDocumentsLanguage() {
    CliRun english = CliRun.of("render", "--format", "test-lines", SAMPLE);
    CliRun spanish = CliRun.of("render", "--format", "test-lines", "--locale", "es", SAMPLE);
    CliRun ownLanguage = CliRun.of("render", "--format", "test-lines", SPANISH);
    CliRun overridden = CliRun.of("render", "--format", "test-lines", "--locale", "en-GB", SPANISH);

    assertEquals("pay label: Pay", english.lastLine());
    assertEquals("pay label: Salario", spanish.lastLine());
    assertTrue(spanish.outLines().contains("== Sobre la ocupación"), spanish.out());
    assertEquals("pay label: Salario", ownLanguage.lastLine());
    assertEquals("pay label: Pay", overridden.lastLine());
  }

  @Test
  void anInvalidDocumentIsReportedAndNotRendered() {
    String invalid = "src/test/resources/batch/pay-range-order.yaml";

    CliRun run = CliRun.of("render", "--format", "test-lines", invalid);

    assertEquals(1, run.status());
    assertEquals("", run.out());
    assertTrue(
        run.err().startsWith(invalid + ":12:3: ERROR structure.pay.range-order "), run.err());
  }

  @Test
  void aDirectoryOfBrokenDocumentsRendersNoneAndReportsEach() throws IOException {
    CliRun run =
        CliRun.of(
            "render", "--format", "test-id", "--output", dir.toString(), "src/test/resources/batch");

    assertEquals(1, run.status());
    assertEquals(List.of(), names(dir));
    assertEquals(6, run.err().lines().filter(line -> line.contains(": ERROR ")).count(), run.err());
  }

  @Test
  void usageErrors() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file.txt"), "kept");

    CliRun unknownFormat = CliRun.of("render", "--format", "pdf", SAMPLE);
    CliRun badLocale = CliRun.of("render", "--format", "test-lines", "--locale", "es_MX", SAMPLE);
    CliRun noDirectory = CliRun.of("render", "--format", "test-id", JSON_LINES);
    CliRun fileForMany =
        CliRun.of("render", "--format", "test-id", "--output", file.toString(), JSON_LINES);
    CliRun missing = CliRun.of("render", "--format", "test-id", "missing.yaml");

    assertEquals(2, unknownFormat.status());
    assertTrue(
        unknownFormat.err().contains(
            "unknown format 'pdf'; known formats: html, html-fragment, jsonld, markdown, test-id,"
                + " test-lines, text"),
        unknownFormat.err());
    assertEquals(2, badLocale.status());
    assertTrue(
        badLocale.err().contains("'es_MX' is not a BCP 47 language tag such as es or es-MX"),
        badLocale.err());
    assertEquals(2, noDirectory.status());
    assertTrue(noDirectory.err().contains("give --output DIR"), noDirectory.err());
    assertEquals(2, fileForMany.status());
    assertTrue(fileForMany.err().contains("is a file"), fileForMany.err());
    assertEquals("kept", Files.readString(file));
    assertEquals(2, missing.status());
    assertEquals("jobdesc: cannot read missing.yaml: no such file or directory\n", missing.err());
    for (CliRun run : List.of(unknownFormat, badLocale, noDirectory, fileForMany, missing)) {
      assertEquals("", run.out());
    }
  }

  @Test
  void helpSaysWhatIsRenderedAndHowFilesAreNamed() {
    CliRun run = CliRun.of("render", "--help");

    assertEquals(0, run.status());
    assertTrue(run.out().contains("Only valid documents are rendered."), run.out());
    assertTrue(run.out().contains("NAME-LINE"), run.out());
    assertFalse(run.out().contains("%n"), run.out());
  }

  private static List<String> names(Path directory) throws IOException {
    return list(directory).stream().map(p -> p.getFileName().toString()).sorted().toList();
  }

  private static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }
}
