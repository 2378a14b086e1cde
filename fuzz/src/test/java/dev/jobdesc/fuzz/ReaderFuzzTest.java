package dev.jobdesc.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.Format;
import dev.jobdesc.io.ReadLimits;
import dev.jobdesc.io.ReadResult;
import java.io.ByteArrayInputStream;
import java.util.stream.Stream;

/**
 * The reader never throws on any bytes, in YAML, JSON or JSON Lines, and every read passes
 * {@link ReadChecks}, once with the standard limits and once with limits small enough for fuzzer
 * inputs to cross them. Inputs: {@code ReaderFuzzTestInputs/<method>/}, replayed in every build.
 */
class ReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void yaml(byte[] input) {
    readBoth(input, Format.YAML);
  }

  @FuzzTest(maxDuration = "10m")
  void json(byte[] input) {
    readBoth(input, Format.JSON);
  }

  @FuzzTest(maxDuration = "10m")
  void jsonLines(byte[] input) {
    linesOf(input, ReadChecks.STANDARD_READER, ReadLimits.DEFAULTS);
    linesOf(input, ReadChecks.TIGHT_READER, ReadChecks.TIGHT);
  }

  private static void readBoth(byte[] input, Format format) {
    ReadChecks.check(ReadChecks.STANDARD_READER.parse(input, format, "fuzz"), ReadLimits.DEFAULTS, input);
    ReadResult tight = ReadChecks.TIGHT_READER.parse(input, format, "fuzz");
    ReadChecks.check(tight, ReadChecks.TIGHT, input);
    if (input.length > ReadChecks.TIGHT.maxDocumentBytes()) {
      assertFalse(tight.isSuccess(), "a document over the byte limit was read");
    }
  }

  private static void linesOf(byte[] input, DocumentReader reader, ReadLimits limits) {
    try (Stream<ReadResult> results = reader.parseLines(new ByteArrayInputStream(input), "fuzz")) {
      results.forEach(result -> ReadChecks.check(result, limits, input));
    }
  }
}
