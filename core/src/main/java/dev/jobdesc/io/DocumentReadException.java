package dev.jobdesc.io;

import dev.jobdesc.validation.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception reading throws for bad input: it carries every problem found, each with its
 * JSON Pointer and, when known, line and column.
 *
 * @since 0.1
 */
public final class DocumentReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the document came from. */
  private final String source;
  private final transient List<Finding> problems;

  /**
   * An exception for {@code problems} (at least one) found reading {@code source}.
   *
   * @param source where the document came from
   * @param problems what kept it from being read, at least one
   */
  public DocumentReadException(String source, List<Finding> problems) {
    super(summary(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** {@return where the document came from} */
  public String getSource() {
    return source;
  }

  /** {@return every problem found} */
  public List<Finding> getProblems() {
    return problems;
  }

  private static String summary(String source, List<Finding> problems) {
    return source
        + ": "
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + problems.stream()
            .map(
                f ->
                    "\n  "
                        + f.getLine().orElse(0)
                        + ":"
                        + f.getColumn().orElse(0)
                        + " "
                        + f.getPath()
                        + " "
                        + f.getMessage())
            .collect(Collectors.joining());
  }
}
