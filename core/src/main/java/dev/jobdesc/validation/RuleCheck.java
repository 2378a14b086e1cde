package dev.jobdesc.validation;

import dev.jobdesc.model.JobDocument;

/**
 * What a {@link Rule} checks: reads a document and reports each problem through the context.
 * Implementations are stateless and thread-safe, never throw for a bad or partial document (every
 * optional value may be absent), and never stop at the first problem.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RuleCheck {

  /**
   * Reports every problem of {@code document} through {@code context}.
   *
   * @param document the document being validated
   * @param context where findings are reported, with the date and shared results
   */
  void check(JobDocument document, RuleContext context);
}
