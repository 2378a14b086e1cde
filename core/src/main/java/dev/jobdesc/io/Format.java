package dev.jobdesc.io;

import java.util.Locale;
import java.util.Optional;

/**
 * The serialisations of format version 1.
 *
 * @since 0.1
 */
public enum Format {
  /** YAML, one document per file ({@code .yaml}, {@code .yml}). */
  YAML,
  /** JSON, one document per file ({@code .json}). */
  JSON,
  /** JSON Lines: one JSON document per line ({@code .jsonl}). */
  JSONL;

  /**
   * {@return the format a file name's extension names, if any}
   *
   * @param fileName a file name, e.g. {@code posting.yaml}
   */
  public static Optional<Format> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (name.endsWith(".jsonl")) {
      return Optional.of(JSONL);
    }
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }
}
