package dev.jobdesc.internal.batch;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.ReadResult;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The lines of a JSON Lines stream as units of {@link Work}, split here and parsed by whoever runs
 * them; a failure to read the stream is one {@link Work.Unreadable} unit, the last. Does not
 * close the stream.
 */
public final class LineWalk implements Iterator<Work> {
  private final String file;
  private Iterator<Supplier<ReadResult>> lines;
  private Work next;

  /** The lines of {@code in}, named {@code file:LINE}. */
  public LineWalk(InputStream in, String file, DocumentReader reader) {
    this.file = file;
    this.lines = reader.splitLines(in, file).iterator();
  }

  @Override
  public boolean hasNext() {
    if (next == null && lines != null) {
      try {
        if (lines.hasNext()) {
          next = new Work.Document(file, lines.next()::get);
        } else {
          lines = null;
        }
      } catch (UncheckedIOException e) {
        lines = null;
        next = new Work.Unreadable(file, e.getCause());
      }
    }
    return next != null;
  }

  @Override
  public Work next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Work work = next;
    next = null;
    return work;
  }
}
