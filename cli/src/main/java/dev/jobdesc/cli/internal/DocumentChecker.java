package dev.jobdesc.cli.internal;

import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Validator;
import java.util.List;
import java.util.Optional;

/**
 * Checks each document of a batch: a document that could not be read gets its {@code syntax}
 * findings, one that could gets the validator's. Never throws: a failure on one document becomes a
 * finding on it, so the rest of the batch goes on.
 *
 * @since 0.1
 */
public final class DocumentChecker {
  private final Validator validator;

  /** A checker running {@code validator}. */
  public DocumentChecker(Validator validator) {
    this.validator = validator;
  }

  /** The document {@code read} from {@code file}, with its findings. */
  public CheckedDocument check(String file, ReadResult read) {
    Optional<JobDocument> document = read.getDocument();
    return new CheckedDocument(
        file,
        read.getSource(),
        document.flatMap(JobDocument::getId).orElse(null),
        document.map(d -> d.documentKind().key()).orElse(null),
        findings(read));
  }

  private List<Finding> findings(ReadResult read) {
    try {
      return validator.validate(read).getFindings();
    } catch (RuntimeException e) {
      // Validation promises never to throw for bad data; if a bug breaks that promise, the user
      // still gets a report of the whole batch, with this document marked.
      return List.of(
          Finding.builder()
              .ruleId(Validator.INTERNAL_ERROR)
              .severity(Severity.ERROR)
              .path("")
              .message("jobdesc failed to check this document (" + e + "); please report this bug")
              .build());
    }
  }
}
