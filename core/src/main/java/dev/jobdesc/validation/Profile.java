package dev.jobdesc.validation;

import dev.jobdesc.model.JobDocument;
import java.util.List;

/**
 * A named set of rules. {@link Validator} runs {@code structure} always and any profiles added to
 * it; a profile reports findings by JSON Pointer and the validator adds line and column.
 * Implementations are stateless and thread-safe, and never throw for a bad document.
 *
 * @since 0.1
 */
public interface Profile {

  /** The profile's name, e.g. {@code structure} or {@code publishable}. */
  String getName();

  /** Every finding of this profile's rules on {@code document}. */
  List<Finding> check(JobDocument document);
}
