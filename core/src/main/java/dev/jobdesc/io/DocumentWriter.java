package dev.jobdesc.io;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.internal.format.DocumentCodec;
import dev.jobdesc.internal.format.Mappers;
import dev.jobdesc.model.JobDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes documents in the canonical form of format version 1: {@code version} and {@code kind}
 * first, keys in model.md's order, defaults left out, and the string shorthand wherever an item
 * has nothing but its text. Reading what it writes gives an equal document, and writing that
 * again gives the same bytes. Thread-safe.
 *
 * @since 0.1
 */
public final class DocumentWriter {
  private static final DocumentWriter STANDARD = new DocumentWriter();

  private final ObjectWriter json = Mappers.JSON.writerWithDefaultPrettyPrinter();
  private final ObjectWriter jsonLine = Mappers.JSON.writer();
  private final ObjectWriter yaml = Mappers.YAML.writer();

  private DocumentWriter() {}

  /** {@return the writer} */
  public static DocumentWriter standard() {
    return STANDARD;
  }

  /**
   * {@return {@code document} in {@code format}; JSON Lines gives one line, with its line feed}
   *
   * @param document the document to write
   * @param format YAML, JSON or JSON Lines
   */
  public String write(JobDocument document, Format format) {
    return new String(toBytes(document, format), StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code document} in {@code format} to {@code out} (UTF-8), leaving it open.
   *
   * @param document the document to write
   * @param format YAML, JSON or JSON Lines
   * @param out where the bytes go
   * @throws IOException when {@code out} fails
   */
  public void write(JobDocument document, Format format, OutputStream out) throws IOException {
    out.write(toBytes(document, format));
  }

  private byte[] toBytes(JobDocument document, Format format) {
    Objects.requireNonNull(document, "document");
    ObjectNode tree = DocumentCodec.toTree(document);
    try {
      switch (format) {
        case YAML:
          return yaml.writeValueAsBytes(tree);
        case JSON:
          return (json.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        case JSONL:
          return (jsonLine.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        default:
          throw new AssertionError(format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory: only a bug gets here
    }
  }
}
