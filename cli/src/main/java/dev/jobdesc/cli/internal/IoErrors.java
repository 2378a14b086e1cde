package dev.jobdesc.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Says why a file could not be read or written, in the words of the shell rather than of Java's
 * exception names.
 *
 * @since 0.1
 */
public final class IoErrors {
  /** Why a path that does not exist cannot be read. */
  public static final String NO_SUCH_FILE = "no such file or directory";

  private IoErrors() {}

  /** The reason {@code e} gives, e.g. {@code permission denied}. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return NO_SUCH_FILE;
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
