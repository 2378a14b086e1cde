package dev.jobdesc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.DocumentKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checked-in schema files are what the generator makes from the model today: a model change
 * that the schema misses fails here. {@code -Djobdesc.schema.update=true} rewrites them.
 */
class SchemaFilesTest {
  /** The source folder of the resources, from the module directory Maven runs tests in. */
  private static final Path RESOURCES = Path.of("src/main/resources/dev/jobdesc/schema");

  @Test
  void checkedInSchemasAreTheGeneratedOnes() throws IOException {
    Map<String, String> generated = SchemaGenerator.files();
    if (Boolean.getBoolean("jobdesc.schema.update")) {
      Files.createDirectories(RESOURCES);
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Files.writeString(RESOURCES.resolve(file.getKey()), file.getValue());
      }
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path checkedIn = RESOURCES.resolve(file.getKey());
      assertTrue(Files.exists(checkedIn), checkedIn + " is missing: run with -Djobdesc.schema.update=true");
      assertEquals(
          file.getValue(),
          Files.readString(checkedIn),
          checkedIn + " is not what the model generates: run with -Djobdesc.schema.update=true");
    }
  }

  @Test
  void theLibraryServesTheCheckedInFiles() throws IOException {
    Map<String, String> generated = SchemaGenerator.files();
    assertEquals(generated.get(SchemaGenerator.EITHER_FILE), JsonSchemas.schema());
    for (DocumentKind kind : DocumentKind.values()) {
      assertEquals(generated.get(SchemaGenerator.fileName(kind)), JsonSchemas.schema(kind));
      try (var in = JsonSchemas.open(kind)) {
        assertEquals(JsonSchemas.schema(kind), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }
}
