package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.io.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests run in the module's directory, so the samples are at {@code ../samples/documents}. */
class ConvertCommandTest {
  private static final Path SAMPLES = Path.of("../samples/documents");

  @TempDir private Path dir;

  static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      List<Path> samples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertEquals(5, samples.size(), samples::toString);
      return samples;
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void convertingItsOwnOutputChangesNothing(Path sample) throws IOException {
    Path json1 = convert(sample, "json", "1.json");
    Path yaml1 = convert(json1, "yaml", "1.yaml");
    Path json2 = convert(yaml1, "json", "2.json");
    Path yaml2 = convert(json2, "yaml", "2.yaml");

    assertEquals(Files.readString(json1), Files.readString(json2), "json → yaml → json");
    assertEquals(Files.readString(yaml1), Files.readString(yaml2), "yaml → json → yaml");
    assertEquals(Files.readString(yaml1), Files.readString(convert(sample, "yaml", "3.yaml")));
    assertEquals(Files.readString(yaml1), Files.readString(convert(yaml1, "yaml", "4.yaml")));
    Path lines = convert(yaml1, "jsonl", "1.jsonl");
    assertEquals(Files.readString(lines), Files.readString(convert(lines, "jsonl", "2.jsonl")));
    assertEquals(Files.readString(json1), Files.readString(convert(lines, "json", "5.json")));
    assertEquals(DocumentReader.standard().read(sample), DocumentReader.standard().read(yaml1));
  }

  @Test
  void writesToStandardOutputWithoutOutput() throws IOException {
    Path sample = samples().get(0);
    CliRun run = CliRun.of("convert", "--to", "json", sample.toString());

    assertEquals(0, run.status(), run.err());
    assertEquals(Files.readString(convert(sample, "json", "1.json")), run.out());
    assertTrue(run.out().startsWith("{\n  \"version\" : 1,\n  \"kind\" : "), run.out());
    assertEquals("", run.err());
  }

  @Test
  void aDirectoryBecomesJsonLinesInNameOrder() throws IOException {
    Path lines = convert(SAMPLES, "jsonl", "all.jsonl");

    List<String> written = Files.readAllLines(lines);
    assertEquals(5, written.size());
    for (int i = 0; i < 5; i++) {
      String expected = Files.readString(convert(samples().get(i), "jsonl", i + ".jsonl"));
      assertEquals(expected, written.get(i) + "\n");
    }
  }

  @Test
  void yamlAndJsonTakeExactlyOneDocument() throws IOException {
    Path lines = convert(SAMPLES, "jsonl", "all.jsonl");

    CliRun run = CliRun.of("convert", "--to", "yaml", lines.toString());

    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().contains(" holds 5 documents, and --to yaml writes one"), run.err());
  }

  @Test
  void aDocumentThatCannotBeReadLeavesTheOutputAsItWas() throws IOException {
    Path output = dir.resolve("out.json");
    Files.writeString(output, "kept");

    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "json",
            "--output",
            output.toString(),
            "src/test/resources/batch/unparseable.yaml");

    assertEquals(1, run.status());
    assertTrue(
        run.err().startsWith("src/test/resources/batch/unparseable.yaml:5:8: ERROR syntax "),
        run.err());
    assertEquals("kept", Files.readString(output));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(output), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void jsonLinesToStandardOutputGoesOnPastABrokenLine() {
    CliRun run = CliRun.of("convert", "--to", "jsonl", "src/test/resources/three-documents.jsonl");

    assertEquals(1, run.status());
    List<String> lines = run.outLines();
    assertEquals(2, lines.size(), run.out());
    assertTrue(lines.get(0).contains("\"id\":\"peer-mentor\""), run.out());
    assertTrue(lines.get(1).contains("\"id\":\"peer-counselor\""), run.out());
    assertTrue(
        run.err().startsWith("src/test/resources/three-documents.jsonl:2:65: ERROR syntax "),
        run.err());
  }

  @Test
  void aFileConvertsOntoItself() throws IOException {
    Path lines = convert(SAMPLES, "jsonl", "all.jsonl");
    String before = Files.readString(lines);

    CliRun run =
        CliRun.of("convert", "--to", "jsonl", "--output", lines.toString(), lines.toString());

    assertEquals(0, run.status(), run.err());
    assertEquals(before, Files.readString(lines));
  }

  @Test
  void standardInputConverts() throws IOException {
    Path sample = samples().get(0);
    CliRun run = CliRun.withStdin(Files.readString(sample), "convert", "--to", "yaml", "-");

    assertEquals(0, run.status(), run.err());
    assertEquals(Files.readString(convert(sample, "yaml", "1.yaml")), run.out());
  }

  @Test
  void usageErrorsAndUnreadableOrUnwritablePaths() {
    CliRun noTarget = CliRun.of("convert", SAMPLES.toString());
    CliRun missing = CliRun.of("convert", "--to", "json", "missing.yaml");
    CliRun unwritable =
        CliRun.of(
            "convert",
            "--to",
            "json",
            "--output",
            dir.resolve("no/such/dir/out.json").toString(),
            SAMPLES.resolve("peer-specialist.role.yaml").toString());

    assertEquals(2, noTarget.status());
    assertTrue(noTarget.err().contains("--to"), noTarget.err());
    assertEquals(2, missing.status());
    assertEquals("jobdesc: cannot read missing.yaml: no such file or directory\n", missing.err());
    assertEquals(2, unwritable.status());
    assertTrue(unwritable.err().startsWith("jobdesc: cannot write "), unwritable.err());
    assertFalse(Files.exists(dir.resolve("no")));
  }

  private Path convert(Path input, String format, String outputName) {
    Path output = dir.resolve(outputName);
    CliRun run =
        CliRun.of("convert", "--to", format, "--output", output.toString(), input.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out() + run.err());
    return output;
  }
}
