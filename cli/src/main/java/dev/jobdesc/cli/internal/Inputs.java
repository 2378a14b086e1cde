package dev.jobdesc.cli.internal;

import dev.jobdesc.batch.BatchResult;
import dev.jobdesc.batch.BatchValidator;
import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.Format;
import dev.jobdesc.io.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The documents named by {@code PATH} arguments, handed on one at a time as they are read, so
 * that memory stays flat however many there are. A {@code PATH} is a file ({@code .yaml},
 * {@code .yml}, {@code .json}, {@code .jsonl}); a directory, searched recursively for those in
 * name order, skipping hidden entries ({@code .git}, {@code .github}) and not following links to
 * directories; or {@code -} for one YAML or JSON document on standard input. A path that cannot
 * be read is reported on standard error and skipped, so the rest goes on; {@link #allRead()}
 * tells whether that happened.
 *
 * @since 0.1
 */
public final class Inputs {
  /** The {@code PATH} argument that names standard input. */
  private static final String STDIN = "-";

  /** What reports call standard input, in place of a file name. */
  public static final String STDIN_NAME = "<stdin>";

  private final DocumentReader reader;
  private final InputStream stdin;
  private final PrintWriter err;
  private boolean allRead = true;

  /** Inputs read with {@code reader}, reporting unreadable paths to {@code err}. */
  public Inputs(DocumentReader reader, InputStream stdin, PrintWriter err) {
    this.reader = reader;
    this.stdin = stdin;
    this.err = err;
  }

  /**
   * Hands each document of {@code argument} to {@code handler}, with the name of the file it came
   * from, in order.
   */
  public void forEachDocument(String argument, BiConsumer<String, ReadResult> handler) {
    if (argument.equals(STDIN)) {
      readStdin(handler);
      return;
    }
    pathOf(argument)
        .ifPresent(
            path -> {
              if (Files.isDirectory(path)) {
                walk(path, handler);
              } else {
                readFile(path, handler);
              }
            });
  }

  /**
   * Whether {@code argument} names a directory or a JSON Lines file, which may hold any number of
   * documents, rather than a file or standard input, which hold one.
   */
  public static boolean holdsSeveralDocuments(String argument) {
    if (argument.equals(STDIN)) {
      return false;
    }
    if (Format.ofFileName(argument).equals(Optional.of(Format.JSONL))) {
      return true;
    }
    try {
      return Files.isDirectory(Path.of(argument));
    } catch (InvalidPathException e) {
      return false; // reported as unreadable when read
    }
  }

  /**
   * Validates each document of {@code argument} with {@code batch}, handing each result (never an
   * input error: those are reported here) to {@code handler} on this thread, in order. Files,
   * directories and JSON Lines are read and parsed on the batch's workers; standard input, one
   * document, here.
   */
  public void forEachResult(
      String argument, BatchValidator batch, Consumer<? super BatchResult> handler) {
    if (argument.equals(STDIN)) {
      readStdin((file, read) -> batch.validateReads(List.of(read).iterator(), handler));
      return;
    }
    pathOf(argument)
        .ifPresent(
            path ->
                batch.validateFiles(
                    List.of(path),
                    result -> {
                      if (result.getInputError().isPresent()) {
                        unreadable(result.getFile(), IoErrors.reason(result.getInputError().get()));
                      } else {
                        handler.accept(result);
                      }
                    }));
  }

  /** The path {@code argument} names, or empty when it names none (reported as unreadable). */
  private Optional<Path> pathOf(String argument) {
    try {
      return Optional.of(Path.of(argument));
    } catch (InvalidPathException e) {
      unreadable(argument, "not a valid path");
      return Optional.empty();
    }
  }

  /**
   * How many documents {@code arguments} hold, estimated cheaply for a progress bar (see
   * {@link BatchValidator#estimateCount}; standard input is one); empty when a path is invalid.
   */
  public static OptionalLong estimateCount(List<String> arguments) {
    long stdin = arguments.stream().filter(STDIN::equals).count();
    List<Path> paths = new ArrayList<>();
    for (String argument : arguments) {
      if (!argument.equals(STDIN)) {
        try {
          paths.add(Path.of(argument));
        } catch (InvalidPathException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.of(stdin + BatchValidator.estimateCount(paths));
  }

  /** Whether every path so far could be read. */
  public boolean allRead() {
    return allRead;
  }

  private void readStdin(BiConsumer<String, ReadResult> handler) {
    byte[] bytes;
    try {
      // One byte past the limit is enough for the reader to report the document as too large.
      bytes = stdin.readNBytes(reader.getLimits().maxDocumentBytes() + 1);
    } catch (IOException e) {
      unreadable(STDIN_NAME, IoErrors.reason(e));
      return;
    }
    Format format = startsLikeJson(bytes) ? Format.JSON : Format.YAML;
    handler.accept(STDIN_NAME, reader.parse(bytes, format, STDIN_NAME));
  }

  private void walk(Path directory, BiConsumer<String, ReadResult> handler) {
    List<Path> entries;
    try (Stream<Path> listing = Files.list(directory)) {
      entries = listing.filter(entry -> !isHidden(entry)).sorted().toList();
    } catch (IOException e) {
      unreadable(directory, IoErrors.reason(e));
      return;
    } catch (UncheckedIOException e) {
      unreadable(directory, IoErrors.reason(e.getCause()));
      return;
    }
    for (Path entry : entries) {
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        walk(entry, handler);
      } else if (hasDocumentExtension(entry) && Files.isRegularFile(entry)) {
        readFile(entry, handler);
      }
    }
  }

  private void readFile(Path file, BiConsumer<String, ReadResult> handler) {
    if (!hasDocumentExtension(file)) {
      unreadable(
          file,
          Files.exists(file) ? "not a .yaml, .yml, .json or .jsonl file" : IoErrors.NO_SUCH_FILE);
      return;
    }
    String name = file.toString();
    try (Stream<ReadResult> documents = reader.parseAll(file)) {
      Iterator<ReadResult> iterator = documents.iterator();
      for (ReadResult read = next(iterator); read != null; read = next(iterator)) {
        handler.accept(name, read);
      }
    } catch (IOException e) {
      unreadable(file, IoErrors.reason(e));
    }
  }

  /**
   * The next document, or {@code null} at the end. A JSON Lines file is read as it is iterated,
   * so its read errors surface here, unchecked; checked again, they cannot be mistaken for an
   * error of the handler.
   */
  private static ReadResult next(Iterator<ReadResult> documents) throws IOException {
    try {
      return documents.hasNext() ? documents.next() : null;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void unreadable(Object path, String reason) {
    err.println("jobdesc: cannot read " + path + ": " + reason);
    allRead = false;
  }

  /** JSON when the first non-blank byte opens an object, as {@link DocumentReader} decides. */
  private static boolean startsLikeJson(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b == '{';
      }
    }
    return false;
  }

  private static boolean hasDocumentExtension(Path file) {
    return Format.ofFileName(file.getFileName().toString()).isPresent();
  }

  private static boolean isHidden(Path entry) {
    return entry.getFileName().toString().startsWith(".");
  }
}
