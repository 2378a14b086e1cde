package dev.jobdesc.cli.internal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 schema (OASIS, unmodified: see {@code sarif/NOTICE.md} among the test
 * resources), checked by an independent validator, networknt's json-schema-validator, with
 * {@code format} asserted, so that URIs and dates must be well formed too.
 */
public final class SarifSchema {
  private static final String RESOURCE = "/sarif/sarif-schema-2.1.0.json";

  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  /** Every way {@code sarif} breaks the schema; empty when it is a valid SARIF 2.1.0 log. */
  public static List<String> errors(String sarif) {
    return SCHEMA.validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the test class path");
      }
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
