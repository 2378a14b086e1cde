package dev.jobdesc.testkit;

import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JSON Lines corpus of generated job descriptions, one per line, fixed by a seed: the input of
 * batch measurements such as validating a million documents in 128 MiB. Every document is valid
 * under the {@code structure} profile, as {@link DocumentGenerator#jobDescription()} makes them.
 *
 * <pre>
 * java -cp TESTKIT-AND-DEPENDENCIES dev.jobdesc.testkit.JsonlCorpus 1000000 /tmp/jobs-1m.jsonl [SEED]
 * </pre>
 *
 * @since 0.1
 */
public final class JsonlCorpus {
  /** The seed when none is given, so that two runs write the same file. */
  public static final long DEFAULT_SEED = 1;

  private JsonlCorpus() {}

  /**
   * Writes {@code COUNT} documents to {@code FILE}, from seed {@code SEED} (default
   * {@value #DEFAULT_SEED}).
   *
   * @param args {@code COUNT FILE [SEED]}
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: JsonlCorpus COUNT FILE [SEED]");
      System.exit(2);
    }
    long count;
    long seed;
    try {
      count = Long.parseLong(args[0]);
      seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    } catch (NumberFormatException e) {
      System.err.println("JsonlCorpus: COUNT and SEED are whole numbers: " + e.getMessage());
      System.exit(2);
      return;
    }
    Path file = Path.of(args[1]);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(count, seed, out);
    }
    System.err.println("JsonlCorpus: wrote " + count + " documents (seed " + seed + ") to " + file);
  }

  /**
   * Writes {@code count} job descriptions generated from {@code seed} to {@code out}, one JSON
   * Lines line each.
   *
   * @param count how many, at least 0
   * @param seed what fixes them
   * @param out where to, left open
   * @throws IOException when {@code out} fails
   */
  public static void write(long count, long seed, OutputStream out) throws IOException {
    if (count < 0) {
      throw new IllegalArgumentException("count must be at least 0, not " + count);
    }
    DocumentGenerator generator = DocumentGenerator.withSeed(seed);
    DocumentWriter writer = DocumentWriter.standard();
    for (long i = 0; i < count; i++) {
      writer.write(generator.jobDescription(), Format.JSONL, out);
    }
  }
}
