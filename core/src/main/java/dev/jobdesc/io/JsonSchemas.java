package dev.jobdesc.io;

import dev.jobdesc.model.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The JSON Schema (draft 2020-12) of format version 1, so that any platform can check documents:
 * one schema per kind, and one that takes either kind and chooses by {@code kind}. The schemas
 * state keys, types, required keys, enum values, patterns, lengths and ranges; rules that compare
 * values (pay minimum ≤ maximum, dates and experience tiers in order, a currency's fraction
 * digits) are {@link dev.jobdesc.validation.Validator}'s alone.
 *
 * <p>The files are generated from the model at build time and shipped in this jar under
 * {@code dev/jobdesc/schema/}.
 *
 * @since 0.1
 */
public final class JsonSchemas {
  private static final String FOLDER = "/dev/jobdesc/schema/";

  private JsonSchemas() {}

  /** {@return the schema that takes a document of either kind, as JSON text} */
  public static String schema() {
    return read("jobdesc-v1.schema.json");
  }

  /**
   * {@return the schema of documents of {@code kind}, as JSON text}
   *
   * @param kind job description or role
   */
  public static String schema(DocumentKind kind) {
    return read(fileName(kind));
  }

  /** {@return the schema that takes a document of either kind, as a stream the caller closes} */
  public static InputStream open() {
    return stream("jobdesc-v1.schema.json");
  }

  /**
   * {@return the schema of documents of {@code kind}, as a stream the caller closes}
   *
   * @param kind job description or role
   */
  public static InputStream open(DocumentKind kind) {
    return stream(fileName(kind));
  }

  private static String fileName(DocumentKind kind) {
    return Objects.requireNonNull(kind, "kind").key() + "-v1.schema.json";
  }

  private static String read(String fileName) {
    try (InputStream in = stream(fileName)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String fileName) {
    InputStream in = JsonSchemas.class.getResourceAsStream(FOLDER + fileName);
    if (in == null) { // a broken jar, not a caller's mistake
      throw new IllegalStateException("the jar lacks " + FOLDER + fileName);
    }
    return in;
  }
}
