package dev.jobdesc.render;

import dev.jobdesc.model.JobDocument;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a {@link dev.jobdesc.model.JobDescription} or {@link dev.jobdesc.model.Role} into one
 * output format. Configured once through its format's builder, then immutable and thread-safe:
 * per-call state lives in a context made for each call. Rendering never fails on a valid
 * document; user text is escaped for the format by construction.
 *
 * @since 0.1
 */
public interface Renderer {

  /** {@return the format id, e.g. {@code html}, as {@code jobdesc formats} lists it} */
  String getFormatId();

  /**
   * Renders {@code document} to {@code out}, streaming; I/O errors are unchecked.
   *
   * @param document the job description or role
   * @param out where the output is appended
   */
  void render(JobDocument document, Appendable out);

  /**
   * Renders {@code document} to a string.
   *
   * @param document the job description or role
   * @return the whole output
   */
  default String render(JobDocument document) {
    StringBuilder out = new StringBuilder(8192);
    render(document, out);
    return out.toString();
  }

  /**
   * Appends to {@code out}, turning an {@link IOException} into an unchecked one.
   *
   * @param out where the text goes
   * @param text what to append
   */
  static void append(Appendable out, CharSequence text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
