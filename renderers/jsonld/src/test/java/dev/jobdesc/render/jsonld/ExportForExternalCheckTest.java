package dev.jobdesc.render.jsonld;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the JSON-LD of the samples and of the generated documents to the folder named by
 * {@code -Djobdesc.jsonld.export=DIR}, for the independent check with jsonld.js
 * ({@code src/test/node/expand-check.js}). Runs only when asked.
 */
@EnabledIfSystemProperty(named = "jobdesc.jsonld.export", matches = ".+")
class ExportForExternalCheckTest {

  @Test
  void writeTheOutputs() throws IOException {
    Path folder = Files.createDirectories(Path.of(System.getProperty("jobdesc.jsonld.export")));
    JsonLdRenderer renderer = JsonLdRenderer.builder().build();
    for (String name : Documents.sampleNames()) {
      Files.writeString(folder.resolve(name.replace(".yaml", ".jsonld")), renderer.render(Documents.sample(name)));
    }
    for (long seed : Documents.seeds().toArray()) {
      Files.writeString(folder.resolve("seed-" + seed + ".jsonld"), renderer.render(Documents.generated(seed)));
    }
  }
}
