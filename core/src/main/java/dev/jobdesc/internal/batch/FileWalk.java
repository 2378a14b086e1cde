package dev.jobdesc.internal.batch;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.Format;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The documents of files and directories as units of {@link Work}, in order, without reading
 * them: a {@code .yaml}, {@code .yml} or {@code .json} file is one unit (read by whoever runs
 * it); a {@code .jsonl} file is split into lines here, one unit per line, only one line ahead.
 * A directory is searched recursively in name order, skipping hidden entries ({@code .git}) and
 * not following links to directories; each directory's listing is held while it is walked. A path
 * that cannot be read, or a file named explicitly that is not a document, is an
 * {@link Work.Unreadable} unit in its place, and the walk goes on.
 *
 * <p>Not thread-safe; {@link #close()} closes the {@code .jsonl} file being split.
 */
public final class FileWalk implements Iterator<Work>, AutoCloseable {
  /** Why a file named explicitly cannot be read as documents. */
  public static final String NOT_A_DOCUMENT = "not a .yaml, .yml, .json or .jsonl file";

  private static final int BUFFER = 1 << 16;

  private final DocumentReader reader;
  /** What is left to walk: the iterators of the arguments and of the open directories. */
  private final Deque<Iterator<Path>> pending = new ArrayDeque<>();
  private final Deque<Boolean> explicit = new ArrayDeque<>();
  private InputStream lines;
  private String linesFile;
  private LineWalk lineIterator;
  private Work next;

  /** The walk of {@code paths}, read with {@code reader}. */
  public FileWalk(List<Path> paths, DocumentReader reader) {
    this.reader = reader;
    pending.push(List.copyOf(paths).iterator());
    explicit.push(true);
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (lineIterator != null) {
        next = nextLine();
        continue;
      }
      if (pending.isEmpty()) {
        return false;
      }
      Iterator<Path> top = pending.peek();
      if (!top.hasNext()) {
        pending.pop();
        explicit.pop();
        continue;
      }
      next = visit(top.next(), explicit.peek());
    }
    return true;
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

  @Override
  public void close() {
    closeLines();
    pending.clear();
    explicit.clear();
  }

  /**
   * An estimate of the number of documents of {@code paths}, cheap beside reading them: one per
   * document file, one per line of a {@code .jsonl} file (blank lines counted too), found by a
   * scan for line feeds; a path that cannot be read counts none.
   */
  public static long estimate(List<Path> paths) {
    long count = 0;
    try (FileWalk walk = new FileWalk(paths, DocumentReader.standard())) {
      walk.splitting = false;
      while (walk.hasNext()) {
        Work work = walk.next();
        if (work instanceof Work.Document document) {
          boolean jsonl = document.file().endsWith(".jsonl");
          count += jsonl ? lineCount(Path.of(document.file())) : 1;
        }
      }
    }
    return count;
  }

  /** False while estimating: a {@code .jsonl} file is then one unit, to be scanned, not split. */
  private boolean splitting = true;

  /** The unit of {@code path}, or null when it is a directory (then walked) or skipped. */
  private Work visit(Path path, boolean named) {
    if (!named && path.getFileName().toString().startsWith(".")) {
      return null;
    }
    if (named ? Files.isDirectory(path) : Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      return openDirectory(path);
    }
    Optional<Format> format = Format.ofFileName(String.valueOf(path.getFileName()));
    if (format.isEmpty()) {
      if (!named) {
        return null;
      }
      return new Work.Unreadable(
          path.toString(),
          Files.exists(path)
              ? new IOException(NOT_A_DOCUMENT)
              : new NoSuchFileException(path.toString()));
    }
    if (!named && !Files.isRegularFile(path)) {
      return null;
    }
    String name = path.toString();
    if (format.get() == Format.JSONL) {
      return splitting ? openLines(path) : new Work.Document(name, () -> null);
    }
    return new Work.Document(name, () -> reader.parse(path));
  }

  private Work openDirectory(Path directory) {
    try (Stream<Path> listing = Files.list(directory)) {
      pending.push(listing.sorted().toList().iterator());
      explicit.push(false);
      return null;
    } catch (IOException e) {
      return new Work.Unreadable(directory.toString(), e);
    } catch (UncheckedIOException e) {
      return new Work.Unreadable(directory.toString(), e.getCause());
    }
  }

  private Work openLines(Path file) {
    try {
      lines = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    } catch (IOException e) {
      return new Work.Unreadable(file.toString(), e);
    }
    linesFile = file.toString();
    lineIterator = new LineWalk(lines, linesFile, reader);
    return null;
  }

  /** The next line of the open {@code .jsonl} file; null at its end, which closes it. */
  private Work nextLine() {
    if (lineIterator.hasNext()) {
      return lineIterator.next();
    }
    closeLines();
    return null;
  }

  /** The lines of {@code file}, the last counted whether it ends in a line feed or not. */
  private static long lineCount(Path file) {
    long count = 0;
    byte last = '\n';
    try (InputStream in = Files.newInputStream(file)) {
      byte[] block = new byte[BUFFER];
      for (int n = in.read(block); n >= 0; n = in.read(block)) {
        for (int i = 0; i < n; i++) {
          if (block[i] == '\n') {
            count++;
          }
        }
        if (n > 0) {
          last = block[n - 1];
        }
      }
    } catch (IOException e) {
      return 0; // the batch itself reports it
    }
    return last == '\n' ? count : count + 1;
  }

  private void closeLines() {
    lineIterator = null;
    linesFile = null;
    if (lines != null) {
      try {
        lines.close();
      } catch (IOException ignored) {
        // an input: a failed close loses nothing
      }
      lines = null;
    }
  }
}
