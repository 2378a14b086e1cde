package dev.jobdesc.render.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The built-in stylesheet, {@code jobdesc.css} beside this class, read once. */
public final class Stylesheet {
  /** The stylesheet's text. */
  public static final String CSS = read();

  private Stylesheet() {}

  private static String read() {
    try (InputStream in = Stylesheet.class.getResourceAsStream("jobdesc.css")) {
      if (in == null) {
        throw new IllegalStateException("jobdesc.css missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
