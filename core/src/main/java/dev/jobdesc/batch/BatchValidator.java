package dev.jobdesc.batch;

import dev.jobdesc.internal.batch.FileWalk;
import dev.jobdesc.internal.batch.LineWalk;
import dev.jobdesc.internal.batch.OrderedPipeline;
import dev.jobdesc.internal.batch.Work;
import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Validator;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Validates batches of documents on worker threads, handing back one {@link BatchResult} per
 * document in input order. Reading and parsing (of each file, of each line of JSON Lines) happen
 * on the workers, with the validation; the calling thread only walks directories, splits lines
 * and consumes results. At most {@link #getWindow()} documents are in flight at any time beyond
 * the results handed back, so memory stays flat however many documents there are, and a slow
 * consumer slows the reading rather than piling up results.
 *
 * <p>A document that cannot be read gets its {@code syntax} findings; one whose check throws gets
 * an {@link Validator#INTERNAL_ERROR} finding; a path that cannot be read gets a result with an
 * {@link BatchResult#getInputError() input error}: the batch always goes on.
 *
 * <p>Each {@code validate…} call starts its own workers. The methods returning a stream start
 * them at once; close the stream (try-with-resources) to stop them, whether or not it was read to
 * the end. The methods taking a {@link Consumer} call it on the calling thread, in order, and stop
 * the workers before they return. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * BatchValidator batch = BatchValidator.builder().validator(validator).threads(4).build();
 * try (Stream<BatchResult> results = batch.validateFiles(List.of(Path.of("postings")))) {
 *   results.filter(r -> !r.getFindings().isEmpty()).forEach(System.out::println);
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class BatchValidator {
  /** How many documents per thread may be in flight by default. */
  public static final int WINDOW_PER_THREAD = 4;

  private final Validator validator;
  private final DocumentReader reader;
  private final int threads;
  private final int window;

  private BatchValidator(Builder builder) {
    this.validator = builder.validator;
    this.reader = builder.reader;
    this.threads = builder.threads;
    this.window = builder.window > 0 ? builder.window : threads * WINDOW_PER_THREAD;
    if (window < threads) {
      throw new IllegalArgumentException(
          "a window of " + window + " would leave some of the " + threads + " threads idle");
    }
  }

  /**
   * A builder: {@link Validator#standard()}, {@link DocumentReader#standard()}, one thread per
   * available processor, and a window of {@value #WINDOW_PER_THREAD} documents per thread.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of worker threads.
   *
   * @return at least 1
   */
  public int getThreads() {
    return threads;
  }

  /**
   * The most documents in flight (submitted to the workers, and not yet handed back) at any time.
   *
   * @return at least {@link #getThreads()}
   */
  public int getWindow() {
    return window;
  }

  /**
   * Validates documents built or read elsewhere; the N-th is named {@code #N}. The iterator is
   * pulled on the thread that consumes the results, only as the window has room.
   *
   * @param documents the documents, pulled lazily
   * @return the results in order; close it
   */
  public Stream<BatchResult> validate(Iterator<? extends JobDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    Checks checks = new Checks(validator);
    Iterator<Callable<BatchResult>> tasks =
        new Iterator<>() {
          private long number;

          @Override
          public boolean hasNext() {
            return documents.hasNext();
          }

          @Override
          public Callable<BatchResult> next() {
            return checks.of(documents.next(), ++number);
          }
        };
    return run(tasks, () -> {});
  }

  /**
   * Validates documents read already, each named by its source. Only the validation happens on
   * the workers: to have them parse too, give {@link #validateLines} or {@link #validateFiles}
   * the input instead.
   *
   * @param reads the reads, pulled lazily
   * @return the results in order; close it
   */
  public Stream<BatchResult> validateReads(Iterator<ReadResult> reads) {
    Objects.requireNonNull(reads, "reads");
    Checks checks = new Checks(validator);
    Iterator<Callable<BatchResult>> tasks =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return reads.hasNext();
          }

          @Override
          public Callable<BatchResult> next() {
            return checks.of(reads.next());
          }
        };
    return run(tasks, () -> {});
  }

  /**
   * Reads and validates JSON Lines: one result per non-blank line, named {@code source:LINE}. A
   * failure to read {@code in} is a last result with that {@link BatchResult#getInputError()}.
   * The caller closes {@code in}, after the stream.
   *
   * @param in the JSON Lines, UTF-8
   * @param source the name of the stream, e.g. its file
   * @return the results in order; close it
   */
  public Stream<BatchResult> validateLines(InputStream in, String source) {
    Checks checks = new Checks(validator);
    LineWalk lines = new LineWalk(in, Objects.requireNonNull(source, "source"), reader);
    return run(mapped(lines, checks), () -> {});
  }

  /**
   * Reads and validates files: each {@code .yaml}, {@code .yml} or {@code .json} file is one
   * document, each line of a {@code .jsonl} file one; a directory is searched recursively for
   * those, in name order, skipping hidden entries such as {@code .git} and not following links to
   * directories. A path that cannot be read, or a file named that is none of those, is a result
   * with an {@link BatchResult#getInputError() input error} in its place, and the rest goes on.
   *
   * @param paths files and directories
   * @return the results in order; close it
   */
  public Stream<BatchResult> validateFiles(List<Path> paths) {
    Checks checks = new Checks(validator);
    FileWalk walk = new FileWalk(paths, reader);
    return run(mapped(walk, checks), walk::close);
  }

  /**
   * Validates documents as {@link #validate(Iterator)} does, handing each result to
   * {@code action} in order.
   *
   * @param documents the documents, pulled lazily
   * @param action called on this thread with each result
   */
  public void validate(Iterator<? extends JobDocument> documents, Consumer<? super BatchResult> action) {
    drain(validate(documents), action);
  }

  /**
   * Validates documents read already, as {@link #validateReads(Iterator)} does, handing each result
   * to {@code action} in order.
   *
   * @param reads the reads, pulled lazily
   * @param action called on this thread with each result
   */
  public void validateReads(Iterator<ReadResult> reads, Consumer<? super BatchResult> action) {
    drain(validateReads(reads), action);
  }

  /**
   * Reads and validates JSON Lines as {@link #validateLines(InputStream, String)} does, handing
   * each result to {@code action} in order.
   *
   * @param in the JSON Lines, UTF-8; the caller closes it
   * @param source the name of the stream
   * @param action called on this thread with each result
   */
  public void validateLines(InputStream in, String source, Consumer<? super BatchResult> action) {
    drain(validateLines(in, source), action);
  }

  /**
   * Reads and validates files as {@link #validateFiles(List)} does, handing each result to
   * {@code action} in order.
   *
   * @param paths files and directories
   * @param action called on this thread with each result
   */
  public void validateFiles(List<Path> paths, Consumer<? super BatchResult> action) {
    drain(validateFiles(paths), action);
  }

  /**
   * An estimate of how many results {@link #validateFiles(List)} gives, for a progress bar: one per
   * document file, one per line of a {@code .jsonl} file (found by a fast scan for line feeds, so
   * blank lines count too); paths that cannot be read count none. Reads each {@code .jsonl} file
   * once through, which also brings it into the operating system's cache.
   *
   * @param paths files and directories
   * @return the estimate
   */
  public static long estimateCount(List<Path> paths) {
    return FileWalk.estimate(paths);
  }

  private static void drain(Stream<BatchResult> results, Consumer<? super BatchResult> action) {
    Objects.requireNonNull(action, "action");
    try (results) {
      results.forEach(action);
    }
  }

  private static Iterator<Callable<BatchResult>> mapped(
      Iterator<Work> work, Checks checks) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return work.hasNext();
      }

      @Override
      public Callable<BatchResult> next() {
        return checks.of(work.next());
      }
    };
  }

  private Stream<BatchResult> run(Iterator<Callable<BatchResult>> tasks, Runnable onClose) {
    OrderedPipeline<BatchResult> pipeline = new OrderedPipeline<>(tasks, threads, window);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                pipeline, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(pipeline::close)
        .onClose(onClose);
  }

  /** Builds a {@link BatchValidator}. Not thread-safe; the validator it builds is. */
  public static final class Builder {
    private Validator validator = Validator.standard();
    private DocumentReader reader = DocumentReader.standard();
    private int threads = Runtime.getRuntime().availableProcessors();
    private int window;

    private Builder() {}

    /**
     * The validator to run on each document.
     *
     * @param validator shared by the workers: validators are thread-safe
     * @return this builder
     */
    public Builder validator(Validator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * The reader of files and lines, with its limits.
     *
     * @param reader shared by the workers: readers are thread-safe
     * @return this builder
     */
    public Builder reader(DocumentReader reader) {
      this.reader = Objects.requireNonNull(reader, "reader");
      return this;
    }

    /**
     * The number of worker threads; default: the available processors.
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code threads} is less than 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * The most documents in flight at once; default: {@value BatchValidator#WINDOW_PER_THREAD} per thread.
     * A larger window smooths out documents of uneven cost, at the price of memory.
     *
     * @param window at least the number of threads
     * @return this builder
     * @throws IllegalArgumentException when {@code window} is less than 1
     */
    public Builder window(int window) {
      if (window < 1) {
        throw new IllegalArgumentException("window must be at least 1, not " + window);
      }
      this.window = window;
      return this;
    }

    /**
     * The batch validator.
     *
     * @return a new, immutable batch validator
     * @throws IllegalArgumentException when the window is smaller than the number of threads
     */
    public BatchValidator build() {
      return new BatchValidator(this);
    }
  }
}
