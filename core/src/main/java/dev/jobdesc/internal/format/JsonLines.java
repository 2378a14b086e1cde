package dev.jobdesc.internal.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits a JSON Lines stream into lines without ever holding more than one line, and never more
 * than {@code maxBytes} of it: a longer line is reported as too long, its bytes skipped.
 */
public final class JsonLines implements Iterator<JsonLines.Line> {

  /** One non-blank line: its 1-based number, its bytes, or {@code null} when over the limit. */
  public record Line(int number, byte[] bytes, long length) {}

  private final InputStream in;
  private final int maxBytes;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private int lineNumber;
  private Line next;
  private boolean done;

  /** Lines of {@code in}, each at most {@code maxBytes}. */
  public JsonLines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readLine();
    }
    return next != null;
  }

  @Override
  public Line next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Line line = next;
    next = null;
    return line;
  }

  private Line readLine() {
    try {
      while (true) {
        buffer.reset();
        long length = 0;
        boolean blank = true;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
          length++;
          if (length <= maxBytes) {
            buffer.write(b);
          }
          if (b != ' ' && b != '\t' && b != '\r') {
            blank = false;
          }
        }
        if (b == -1 && length == 0) {
          done = true;
          return null;
        }
        lineNumber++;
        if (!blank) {
          return new Line(lineNumber, length <= maxBytes ? buffer.toByteArray() : null, length);
        }
        if (b == -1) {
          done = true;
          return null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
