package dev.jobdesc.internal.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits a JSON Lines stream into lines without ever holding more than one line, and never more
 * than {@code maxBytes} of it: a longer line is reported as too long, its bytes skipped. Reads
 * in blocks and scans them for line feeds: byte-at-a-time reading was half the cost of a batch.
 */
public final class JsonLines implements Iterator<JsonLines.Line> {
  private static final int BLOCK = 1 << 16;

  /**
   * One non-blank line: its 1-based number, its bytes without the line end, CRLF or LF ({@code
   * null} when over the limit), and its length.
   */
  public record Line(int number, byte[] bytes, long length) {}

  private final InputStream in;
  private final int maxBytes;
  private final byte[] block = new byte[BLOCK];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int position;
  private int limit;
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
    try {
      while (next == null && !done) {
        next = readLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return next != null;
  }

  @Override
  public Line next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Line result = next;
    next = null;
    return result;
  }

  /** The next line, {@code null} for a blank one; sets {@code done} at the end of the stream. */
  private Line readLine() throws IOException {
    line.reset();
    long length = 0;
    boolean blank = true;
    boolean ended = false;
    while (!ended) {
      if (position == limit && !fill()) {
        if (length == 0) {
          done = true;
          return null;
        }
        break;
      }
      int end = position;
      // Two tight loops, not one that tests every byte twice: the scan runs on the one thread
      // that feeds a batch's workers, and the combined loop was most of that thread's time.
      while (blank && end < limit && block[end] != '\n') {
        byte b = block[end];
        blank = b == ' ' || b == '\t' || b == '\r';
        end++;
      }
      while (end < limit && block[end] != '\n') {
        end++;
      }
      int count = end - position;
      if (length + count <= maxBytes) {
        line.write(block, position, count);
      }
      length += count;
      ended = end < limit;
      position = ended ? end + 1 : end;
    }
    lineNumber++;
    if (blank) {
      return null;
    }
    return new Line(lineNumber, length <= maxBytes ? withoutCarriageReturn() : null, length);
  }

  /** The line's bytes; the CR of a CRLF line end is not the document's (a parser counts a line). */
  private byte[] withoutCarriageReturn() {
    byte[] bytes = line.toByteArray();
    int n = bytes.length;
    return n > 0 && bytes[n - 1] == '\r' ? Arrays.copyOf(bytes, n - 1) : bytes;
  }

  private boolean fill() throws IOException {
    limit = in.read(block, 0, BLOCK);
    position = 0;
    if (limit <= 0) {
      limit = 0;
      return false;
    }
    return true;
  }
}
