package dev.jobdesc.internal.format;

import dev.jobdesc.io.SourcePosition;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the {@code syntax} findings of one read. */
final class Problems {
  private final List<Finding> findings = new ArrayList<>();

  /** Stops a read that cannot go on; the reason is already recorded. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

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
    pending.add(builder);
    return builder;
  }

  /** Records the problem and stops the read. */
  Abort abort(String pointer, SourcePosition position, String message) {
    add(pointer, position, message);
    return new Abort();
  }

  boolean isEmpty() {
    return pending.isEmpty();
  }

  List<Finding> toList() {
    for (Finding.Builder b : pending) {
      findings.add(b.build());
    }
    pending.clear();
    return List.copyOf(findings);
  }

  private final List<Finding.Builder> pending = new ArrayList<>();
}
