package dev.jobdesc.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.JobDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips of generated documents through every format (quality.md R4): nothing is lost or
 * changed, and the canonical form is a fixed point.
 */
class RoundTripPropertyTest {
  private static final DocumentReader READER = DocumentReader.standard();
  private static final DocumentWriter WRITER = DocumentWriter.standard();

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void readingWhatWasWrittenGivesAnEqualDocument(long seed) {
    JobDocument document = DocumentGenerator.withSeed(seed).document();
    assertAll(
        Stream.of(Format.YAML, Format.JSON)
            .map(format -> (Executable) () -> {
              JobDocument read = read(WRITER.write(document, format), format, seed);
              assertTrue(
                  document.equals(read),
                  () -> CaseSeeds.replay(seed) + ": the " + format + " round trip changed the"
                      + " document; " + DocumentDiff.describe(document, read));
            }));
  }

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void readingJsonLinesGivesBackEveryDocumentInOrder(long seed) throws IOException {
    DocumentGenerator generator = DocumentGenerator.withSeed(seed);
    int count = 2 + (int) Math.floorMod(seed, 4L);
    List<JobDocument> documents = Stream.generate(generator::document).limit(count).toList();
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (JobDocument document : documents) {
      WRITER.write(document, Format.JSONL, lines);
    }
    List<JobDocument> read;
    try (Stream<ReadResult> results =
        READER.parseLines(new ByteArrayInputStream(lines.toByteArray()), CaseSeeds.replay(seed))) {
      read = results.map(ReadResult::orElseThrow).toList();
    }
    assertEquals(documents.size(), read.size(), () -> CaseSeeds.replay(seed) + ": documents read");
    for (int i = 0; i < count; i++) {
      JobDocument expected = documents.get(i);
      JobDocument actual = read.get(i);
      int line = i + 1;
      assertTrue(
          expected.equals(actual),
          () -> CaseSeeds.replay(seed) + ": JSON Lines changed the document on line " + line
              + "; " + DocumentDiff.describe(expected, actual));
    }
  }

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void writingWhatWasReadGivesTheSameBytes(long seed) {
    JobDocument document = DocumentGenerator.withSeed(seed).document();
    assertAll(
        Stream.of(Format.values())
            .map(format -> (Executable) () -> {
              String written = WRITER.write(document, format);
              String rewritten = WRITER.write(read(written, format, seed), format);
              assertEquals(
                  written,
                  rewritten,
                  () -> CaseSeeds.replay(seed) + ": writing " + format + " is not idempotent");
            }));
  }

  /** The document in {@code text}; a read failure names the case. */
  private static JobDocument read(String text, Format format, long seed) {
    return READER.parse(text.getBytes(UTF_8), format, CaseSeeds.replay(seed)).orElseThrow();
  }
}
