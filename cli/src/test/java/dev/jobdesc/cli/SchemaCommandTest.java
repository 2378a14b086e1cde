package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobdesc.io.JsonSchemas;
import dev.jobdesc.model.DocumentKind;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
  private static final JsonMapper JSON = new JsonMapper();

  @Test
  void withoutKindPrintsTheSchemaThatTakesEitherKind() throws Exception {
    CliRun run = CliRun.of("schema");

    assertEquals(0, run.status(), run.err());
    assertEquals(JsonSchemas.schema(), run.out());
    JsonNode schema = JSON.readTree(run.out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertEquals("[\"job-description\",\"role\"]", schema.at("/properties/kind/enum").toString());
    assertEquals("", run.err());
  }

  @Test
  void withKindPrintsThatKindsSchema() throws Exception {
    for (DocumentKind kind : DocumentKind.values()) {
      CliRun run = CliRun.of("schema", "--kind", kind.key());

      assertEquals(0, run.status(), run.err());
      assertEquals(JsonSchemas.schema(kind), run.out());
      assertEquals(kind.key(), JSON.readTree(run.out()).at("/properties/kind/const").asText());
    }
  }

  @Test
  void anUnknownKindIsAUsageErrorNamingTheKnownOnes() {
    CliRun run = CliRun.of("schema", "--kind", "JOB_DESCRIPTION");

    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().contains("unknown kind 'JOB_DESCRIPTION'; known kinds: job-description, role"), run.err());
  }
}
