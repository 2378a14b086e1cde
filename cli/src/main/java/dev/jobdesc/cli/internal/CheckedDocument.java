package dev.jobdesc.cli.internal;

import dev.jobdesc.batch.BatchResult;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Finding;
import java.util.List;
import java.util.Optional;

/**
 * One document of a batch with its findings, as the reports print it.
 *
 * @param file the file it came from, as named on the command line ({@code <stdin>} for standard
 *     input)
 * @param source the document's own name: {@code file}, or {@code file:LINE} in JSON Lines
 * @param id the document's {@code id}, or {@code null} when it has none or could not be read
 * @param kind the document's {@code kind} key, or {@code null} when it could not be read
 * @param findings every finding, sorted by path then rule id
 * @since 0.1
 */
public record CheckedDocument(
    String file, String source, String id, String kind, List<Finding> findings) {

  /** The document of {@code result}, a result of a document (not of an input error). */
  public static CheckedDocument of(BatchResult result) {
    Optional<JobDocument> document = result.getDocument();
    return new CheckedDocument(
        result.getFile(),
        result.getSource(),
        document.flatMap(JobDocument::getId).orElse(null),
        document.map(d -> d.documentKind().key()).orElse(null),
        result.getFindings());
  }
}
