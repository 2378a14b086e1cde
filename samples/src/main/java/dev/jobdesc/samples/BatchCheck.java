package dev.jobdesc.samples;

import dev.jobdesc.batch.BatchResult;
import dev.jobdesc.batch.BatchValidator;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Validator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The README's batch example: validate a directory (or {@code .jsonl} files) on worker threads,
 * results in input order, printing the documents with errors. Run it with
 * {@code java -cp … dev.jobdesc.samples.BatchCheck [PATH...]} from the repository root.
 *
 * @since 0.1
 */
public final class BatchCheck {
  private BatchCheck() {}

  /**
   * Runs the example on {@code args} (default: the sample documents).
   *
   * @param args files and directories
   */
  public static void main(String[] args) {
    List<Path> paths =
        args.length == 0 ? List.of(Path.of("samples/documents")) : Stream.of(args).map(Path::of).toList();
    run(paths, System.out);
  }

  /**
   * Runs the example, printing to {@code out}.
   *
   * @param paths files and directories
   * @param out where the report goes
   * @return the number of documents checked
   */
  public static long run(List<Path> paths, PrintStream out) {
    // The README quotes this block.
    BatchValidator batch = BatchValidator.builder()
        .validator(Validator.builder().profiles("publishable").build())
        .threads(4)                               // default: the available processors
        .build();                                 // immutable, thread-safe: share it
    long documents = 0;
    try (Stream<BatchResult> results = batch.validateFiles(paths)) { // close it: stops the workers
      for (BatchResult result : (Iterable<BatchResult>) results::iterator) {
        documents++;
        result.getInputError().ifPresent(e -> out.println(result.getSource() + ": cannot read: " + e));
        if (result.getReport().hasFindingsAtLeast(Severity.ERROR)) {
          out.println(result.getSource() + ": " + result.getReport());
        }
      }
    }
    out.println(documents + " documents");
    return documents;
  }
}
