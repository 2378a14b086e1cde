package dev.jobdesc.cli.internal;

import dev.jobdesc.model.JobDocument;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names the file each document of a batch is rendered to: {@code ID.EXTENSION}, or, for a
 * document without an id, its file's name without extension ({@code NAME.EXTENSION}), with the
 * line for a line of a JSON Lines file ({@code NAME-LINE.EXTENSION}). A name is given once per
 * batch, ignoring case, so that no document overwrites another, on case-insensitive file systems
 * too; the first document in input order keeps it, which makes the outcome the same every run.
 *
 * <p>The names given are the one thing a batch keeps in memory for each document, a few dozen
 * bytes, so that the rendered documents themselves never need to be.
 *
 * @since 0.1
 */
public final class OutputNames {
  private final String extension;
  private final Set<String> given = new HashSet<>();

  /** Names ending in {@code .extension}. */
  public OutputNames(String extension) {
    this.extension = extension;
  }

  /**
   * The name of {@code document}'s file.
   *
   * @param file the file the document came from, as {@link Inputs} names it
   * @param source the document's source, {@code file} or {@code file:LINE}
   */
  public String of(JobDocument document, String file, String source) {
    return document.getId().orElseGet(() -> fileName(file, source)) + "." + extension;
  }

  /** Gives {@code name} to a document; false when an earlier one of the batch has it. */
  public boolean claim(String name) {
    return given.add(name.toLowerCase(Locale.ROOT));
  }

  private static String fileName(String file, String source) {
    String base = file.equals(Inputs.STDIN_NAME) ? "stdin" : withoutExtension(file);
    // A document of a JSON Lines file has FILE:LINE as its source; FILE alone otherwise.
    String line = source.length() > file.length() ? source.substring(file.length() + 1) : "";
    return line.isEmpty() ? base : base + "-" + line;
  }

  private static String withoutExtension(String file) {
    String name = Path.of(file).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
