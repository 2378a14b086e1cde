package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.testkit.DocumentGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --threads} and {@code --progress} of validate and render, over generated documents: the
 * reports of 4 threads are byte for byte those of 1, and the progress bar shows only when asked
 * for (standard error is never a terminal under the tests).
 */
class BatchOptionsTest {
  private static final long SEED = 5_2026;
  private static final int DOCUMENTS = 500;
  /** Rendering is slower than validating: fewer documents make the point. */
  private static final int RENDERED = 150;

  @TempDir static Path dir;
  private static Path corpus;
  private static Path smallCorpus;

  /** Generated documents, every ninth line cut short, so reports have findings of both kinds. */
  @BeforeAll
  static void writeCorpus() throws IOException {
    corpus = dir.resolve("corpus.jsonl");
    DocumentGenerator generator = DocumentGenerator.withSeed(SEED);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < DOCUMENTS; i++) {
      String line = DocumentWriter.standard().write(generator.jobDescription(), Format.JSONL);
      lines.append(i % 9 == 4 ? line.substring(0, line.length() / 3) + "\n" : line);
    }
    Files.writeString(corpus, lines, StandardCharsets.UTF_8);
    smallCorpus = dir.resolve("small.jsonl");
    Files.write(smallCorpus, Files.readAllLines(corpus).subList(0, RENDERED));
  }

  @ParameterizedTest(name = "--report {0}")
  @ValueSource(strings = {"text", "json", "sarif"})
  void fourThreadsReportExactlyWhatOneDoes(String report) {
    CliRun one = validate("--threads", "1", "--report", report);
    CliRun four = validate("--threads", "4", "--report", report);
    assertEquals(1, one.status(), one.err());
    assertEquals(one.out(), four.out(), () -> "seed " + SEED);
    assertEquals(one.status(), four.status());
    assertTrue(one.out().contains("syntax"), "the corpus has broken lines");
    assertTrue(one.out().contains("readability."), "and findings of the readability profile");
  }

  @Test
  void theTextReportFollowsTheInputOrder() {
    CliRun run = validate("--threads", "4");
    List<Integer> lines =
        run.outLines().stream()
            .filter(line -> line.startsWith(corpus.toString()))
            .map(line -> Integer.parseInt(line.substring(corpus.toString().length() + 1).split(":")[0]))
            .toList();
    assertFalse(lines.isEmpty());
    assertEquals(lines.stream().sorted().toList(), lines, "report lines out of input order");
    assertTrue(run.lastLine().startsWith(DOCUMENTS + " documents, "), run.lastLine());
  }

  @Test
  void progressWhenAskedForShowsDocumentsDoneAndRateOnStandardError() {
    CliRun run = validate("--threads", "2", "--progress");
    assertTrue(run.err().contains("validate"), run.err());
    assertTrue(run.err().contains(DOCUMENTS + "/" + DOCUMENTS), run.err());
    assertTrue(run.err().contains("docs/s"), run.err());
    assertTrue(run.err().endsWith(System.lineSeparator()), "the bar ends its line");
    assertEquals(validate("--threads", "2", "--no-progress").out(), run.out(), "the report is unchanged");
  }

  @Test
  void noProgressWhenAskedNotToOrWhenStandardErrorIsNotATerminal() {
    assertEquals("", validate("--no-progress").err());
    assertEquals("", validate().err());
  }

  @Test
  void aThreadCountBelowOneIsAUsageError() {
    CliRun run = CliRun.of("validate", "--threads", "0", corpus.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("jobdesc: --threads must be at least 1, not 0"), run.err());
  }

  @Test
  void renderWritesTheSameFilesOnFourThreadsAsOnOne() throws IOException {
    CliRun one = render(dir.resolve("one"), "--threads", "1");
    CliRun four = render(dir.resolve("four"), "--threads", "4", "--progress");
    assertEquals(1, one.status(), "the broken lines are not rendered");
    assertEquals(one.status(), four.status());
    // With the bar, each message is printed over it, after a carriage return: what the
    // terminal shows is the text after the last one.
    List<String> shown =
        Stream.of(four.err().split("\n")) // not lines(), which splits at the carriage returns too
            .map(line -> line.substring(line.lastIndexOf('\r') + 1))
            .filter(line -> !line.startsWith("render "))
            .toList();
    assertEquals(one.err().lines().toList(), shown);
    assertTrue(four.err().contains("render 100%"), four.err());
    Map<String, String> written = files(dir.resolve("one"));
    assertTrue(written.size() > RENDERED / 2, written.size() + " files written");
    assertEquals(written, files(dir.resolve("four")));
  }

  private static CliRun validate(String... options) {
    String[] args =
        Stream.concat(
                Stream.of("validate", "--profile", "readability", "--now", "2026-12-01"),
                Stream.concat(Stream.of(options), Stream.of(corpus.toString())))
            .toArray(String[]::new);
    return CliRun.of(args);
  }

  private static CliRun render(Path output, String... options) {
    String[] args =
        Stream.concat(
                Stream.of("render", "--format", "text", "--output", output.toString()),
                Stream.concat(Stream.of(options), Stream.of(smallCorpus.toString())))
            .toArray(String[]::new);
    return CliRun.of(args);
  }

  private static Map<String, String> files(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> listing = Files.list(directory)) {
      for (Path file : listing.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return files;
  }
}
