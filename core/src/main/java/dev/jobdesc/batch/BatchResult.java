package dev.jobdesc.batch;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.ValidationReport;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document of a batch with its findings, or an input of the batch that could not be read at
 * all. Immutable.
 *
 * @since 0.1
 */
public final class BatchResult {
  private final String source;
  private final String file;
  private final JobDocument document;
  private final ValidationReport report;
  private final IOException inputError;

  BatchResult(
      String source, String file, JobDocument document, ValidationReport report, IOException error) {
    this.source = Objects.requireNonNull(source, "source");
    this.file = Objects.requireNonNull(file, "file");
    this.document = document;
    this.report = Objects.requireNonNull(report, "report");
    this.inputError = error;
  }

  /**
   * The document's name: its file, {@code file:LINE} for a line of JSON Lines, the
   * {@link dev.jobdesc.io.ReadResult#getSource() source} of a read given to the batch, or
   * {@code #N} (from 1) for the N-th document of a stream of documents.
   *
   * @return the name, never null
   */
  public String getSource() {
    return source;
  }

  /**
   * The file the document came from, which the line numbers of its findings count in (for a line
   * of JSON Lines, from the top of the file); {@link #getSource()} when it came from no file.
   *
   * @return the file's path as walked, never null
   */
  public String getFile() {
    return file;
  }

  /**
   * The document, when it was read.
   *
   * @return the document, or empty when it could not be read
   */
  public Optional<JobDocument> getDocument() {
    return Optional.ofNullable(document);
  }

  /**
   * The findings: the {@code syntax} problems of a document that could not be read, else the
   * validator's; an {@link dev.jobdesc.validation.Validator#INTERNAL_ERROR} finding when checking
   * the document threw. Empty for an {@link #getInputError() input error}.
   *
   * @return the report, never null
   */
  public ValidationReport getReport() {
    return report;
  }

  /**
   * The findings of {@link #getReport()}.
   *
   * @return every finding, sorted as the validator sorts them
   */
  public List<Finding> getFindings() {
    return report.getFindings();
  }

  /**
   * Why an input could not be read at all: a file that cannot be opened, a directory that cannot
   * be listed, a file named that is not a document, or a JSON Lines stream that failed part way
   * (its lines read until then have their own results, before this one). Then there is no
   * document, and {@link #getSource()} and {@link #getFile()} name the path.
   *
   * @return the error, or empty for a document
   */
  public Optional<IOException> getInputError() {
    return Optional.ofNullable(inputError);
  }

  @Override
  public String toString() {
    return source + (inputError != null ? ": " + inputError : ": " + report);
  }
}
