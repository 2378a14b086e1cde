package dev.jobdesc.internal.format;

import dev.jobdesc.io.SourcePosition;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the {@code syntax} findings of one read. Each is kept as a builder until the end, so
 * that the code reporting it can add the offending text and suggestions.
 */
final class Problems {
  private final List<Finding.Builder> found = new ArrayList<>();

  /** Stops a read that cannot go on; the reason is already recorded. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  /** Records a problem at {@code pointer}; {@code position} may be {@code null} when unknown. */
  Finding.Builder add(String pointer, SourcePosition position, String message) {
    Finding.Builder builder =
        Finding.builder()
            .ruleId(Finding.SYNTAX)
            .severity(Severity.ERROR)
            .path(pointer)
            .message(message);
    if (position != null) {
      builder.location(position.line(), position.column());
    }
    found.add(builder);
    return builder;
  }

  /** Records the problem and returns the exception that stops the read. */
  Abort abort(String pointer, SourcePosition position, String message) {
    add(pointer, position, message);
    return new Abort();
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<Finding> toList() {
    return found.stream().map(Finding.Builder::build).toList();
  }
}
