package dev.jobdesc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.Format;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.RendererProvider;
import dev.jobdesc.render.Renderers;
import dev.jobdesc.testkit.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample in each format, as the renderers on the class path write it by default, equals its
 * golden file in {@code src/test/resources/golden}: any change to any output is a visible diff.
 * After a deliberate change, regenerate them with {@code -Djobdesc.golden.update=true}, read the
 * diff, and commit it.
 */
class GoldenRenderingTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("jobdesc.golden.update");
  private static final List<String> FORMATS =
      List.of("html", "html-fragment", "jsonld", "markdown", "text");

  @Test
  void everyShippedFormatIsCovered() {
    assertEquals(FORMATS, Renderers.discover().stream().map(RendererProvider::getFormatId).toList());
  }

  static Stream<Arguments> cases() {
    return Renderers.discover().stream()
        .flatMap(p -> Samples.FILE_NAMES.stream().map(sample -> Arguments.of(sample, p.getFormatId())));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void renderingEqualsItsGoldenFile(String sample, String formatId) throws IOException {
    RendererProvider provider = Renderers.find(formatId).orElseThrow();
    JobDocument document =
        DocumentReader.standard().parse(Samples.bytes(sample), Format.YAML, sample).orElseThrow();
    String rendered = provider.create(RenderSettings.defaults()).render(document);
    Path golden =
        GOLDEN.resolve(sample.replace(".yaml", "") + "." + formatId + "." + provider.getFileExtension());
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), () -> golden + " is missing: run with -Djobdesc.golden.update=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered, () -> golden + " differs");
  }
}
