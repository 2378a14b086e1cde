package dev.jobdesc.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A JSON Schema of format v1, checked by an independent validator (networknt's
 * json-schema-validator) with {@code format} asserted too.
 */
public final class FormatSchema {
  private static final JsonMapper JSON = new JsonMapper();

  private final Schema schema;

  private FormatSchema(Schema schema) {
    this.schema = schema;
  }

  /** The schema given as JSON text, e.g. what {@code jobdesc schema} prints. */
  public static FormatSchema of(String schemaJson) {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    return new FormatSchema(
        registry.getSchema(new ByteArrayInputStream(schemaJson.getBytes(StandardCharsets.UTF_8))));
  }

  /** Every way {@code json} breaks the schema; empty when it is valid. */
  public List<String> errors(String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** Every way {@code document} breaks the schema; empty when it is valid. */
  public List<String> errors(JsonNode document) {
    try {
      return errors(JSON.writeValueAsString(document));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
