package dev.jobdesc.internal.batch;

import dev.jobdesc.io.ReadResult;
import java.io.IOException;

/** One unit of a batch of files, as {@link FileWalk} gives them, before any parsing. */
public sealed interface Work {

  /** The file the unit came from, as walked ({@code path}, or the path of a {@code .jsonl}). */
  String file();

  /**
   * A document still to be read: {@code read} does the reading and parsing, on a worker.
   *
   * @param file the file it comes from
   * @param read reads it; throws when the file cannot be read
   */
  record Document(String file, Reading read) implements Work {}

  /**
   * A path that could not be read at all, in its place in the walk.
   *
   * @param file the path
   * @param error why
   */
  record Unreadable(String file, IOException error) implements Work {}

  /** Reads one document; the I/O may fail. */
  @FunctionalInterface
  interface Reading {
    /** The document read, or its syntax problems. */
    ReadResult read() throws IOException;
  }
}
