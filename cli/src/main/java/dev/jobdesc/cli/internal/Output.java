package dev.jobdesc.cli.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where {@code convert} and {@code render} write: standard output, or a file written whole or not
 * at all. The file's text goes to a temporary file beside it, moved over it by {@link #commit()};
 * closing without a commit deletes it. So a failed conversion or rendering leaves no half-written
 * file, and converting a file onto itself cannot truncate the input it is still reading.
 *
 * @since 0.1
 */
public final class Output implements Closeable {
  private final Writer writer;
  private final Path temporary;
  private final Path target;

  private Output(Writer writer, Path temporary, Path target) {
    this.writer = writer;
    this.temporary = temporary;
    this.target = target;
  }

  /** Standard output. */
  public static Output of(PrintWriter stdout) {
    return new Output(stdout, null, null);
  }

  /** The file {@code target} (UTF-8), replaced on {@link #commit()}. */
  public static Output of(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
    return new Output(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), temporary, absolute);
  }

  /** Where to write the text. */
  public Writer writer() {
    return writer;
  }

  /** Makes what was written the output. */
  public void commit() throws IOException {
    writer.flush();
    if (temporary != null) {
      writer.close();
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Drops what was written to a file unless it was committed; leaves standard output open. */
  @Override
  public void close() throws IOException {
    if (temporary != null) {
      writer.close();
      Files.deleteIfExists(temporary);
    }
  }
}
