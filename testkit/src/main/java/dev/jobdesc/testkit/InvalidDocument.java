package dev.jobdesc.testkit;

import dev.jobdesc.model.JobDescription;
import java.util.Objects;

/**
 * A job description broken in exactly one way, with the one finding the {@code structure} profile
 * must report for it.
 *
 * @param breakage how the document was broken
 * @param document the broken document
 * @param path the JSON Pointer of the expected finding, e.g. {@code /role/experienceTiers/2/level}
 * @since 0.1
 */
public record InvalidDocument(Breakage breakage, JobDescription document, String path) {

  /**
   * Checks that no component is null.
   *
   * @param breakage the breakage applied
   * @param document the broken document
   * @param path the JSON Pointer of the expected finding
   */
  public InvalidDocument {
    Objects.requireNonNull(breakage, "breakage");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(path, "path");
  }

  /** {@return the rule id of the expected finding, e.g. {@code structure.pay.range-order}} */
  public String ruleId() {
    return breakage.ruleId();
  }
}
