package dev.jobdesc.io;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one document gave: the document, or every problem that kept it from being read
 * (each a {@link Finding#SYNTAX} finding with its path, line and column), with the name of its
 * source and the positions of its values.
 *
 * @since 0.1
 */
public final class ReadResult {
  private final String source;
  private final JobDocument document;
  private final List<Finding> problems;
  private final SourceMap sourceMap;

  ReadResult(String source, JobDocument document, List<Finding> problems, SourceMap sourceMap) {
    this.source = Objects.requireNonNull(source);
    this.document = document;
    this.problems = List.copyOf(problems);
    this.sourceMap = sourceMap;
  }

  /** {@return where the document came from: a file path, {@code path:LINE} in JSON Lines, or a label} */
  public String getSource() {
    return source;
  }

  /** {@return the document, when it could be read} */
  public Optional<JobDocument> getDocument() {
    return Optional.ofNullable(document);
  }

  /** {@return why the document could not be read; empty when it was} */
  public List<Finding> getProblems() {
    return problems;
  }

  /** {@return where each value of the document stands in the source} */
  public SourceMap getSourceMap() {
    return sourceMap;
  }

  /** {@return whether the document was read} */
  public boolean isSuccess() {
    return document != null;
  }

  /** {@return the document, or a {@link DocumentReadException} with every problem} */
  public JobDocument orElseThrow() {
    if (document == null) {
      throw new DocumentReadException(source, problems);
    }
    return document;
  }
}
