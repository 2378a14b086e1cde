package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.testkit.Samples;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample renders in every format the command ships with, starting as that format does. */
class RenderShippedFormatsTest {
  static Stream<Arguments> cases() {
    return Stream.of(
            Arguments.of("text", ""),
            Arguments.of("markdown", "# "),
            Arguments.of("html", "<!DOCTYPE html>"),
            Arguments.of("html-fragment", "<article class=\"jobdesc"),
            Arguments.of("jsonld", "{"))
        .flatMap(format -> Samples.FILE_NAMES.stream().map(s -> Arguments.of(format.get()[0], format.get()[1], s)));
  }

  @ParameterizedTest(name = "{2} as {0}")
  @MethodSource("cases")
  void rendersToStandardOutput(String format, String start, String sample) {
    CliRun run = CliRun.of("render", "--format", format, "../samples/documents/" + sample);
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().length() > 1000, run.out());
    assertTrue(run.out().startsWith(start), () -> run.out().substring(0, 80));
  }
}
