package dev.jobdesc.batch;

import dev.jobdesc.internal.batch.Work;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.ValidationReport;
import dev.jobdesc.validation.Validator;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The work a batch gives its workers: read a document when it is still to be read, validate it,
 * and turn any failure into a result, so that one document never stops the batch.
 */
final class Checks {
  private static final ValidationReport NONE = new ValidationReport(List.of());

  private final Validator validator;

  Checks(Validator validator) {
    this.validator = validator;
  }

  /** The check of a unit of a walk of files or lines. */
  Callable<BatchResult> of(Work work) {
    if (work instanceof Work.Unreadable unreadable) {
      return () -> unreadable(unreadable.file(), unreadable.error());
    }
    Work.Document document = (Work.Document) work;
    return () -> {
      ReadResult read;
      try {
        read = document.read().read();
      } catch (IOException e) {
        return unreadable(document.file(), e);
      } catch (RuntimeException e) {
        return failed(document.file(), document.file(), null, e);
      }
      return check(read, document.file());
    };
  }

  /** The check of a document that was read already. */
  Callable<BatchResult> of(ReadResult read) {
    return () -> check(read, read.getSource());
  }

  /** The check of the {@code number}-th document of a stream, counted from 1. */
  Callable<BatchResult> of(JobDocument document, long number) {
    String source = "#" + number;
    return () -> {
      try {
        return new BatchResult(source, source, document, validator.validate(document), null);
      } catch (RuntimeException e) {
        return failed(source, source, document, e);
      }
    };
  }

  private BatchResult check(ReadResult read, String file) {
    JobDocument document = read.getDocument().orElse(null);
    try {
      return new BatchResult(read.getSource(), file, document, validator.validate(read), null);
    } catch (RuntimeException e) {
      return failed(read.getSource(), file, document, e);
    }
  }

  private static BatchResult unreadable(String file, IOException error) {
    return new BatchResult(file, file, null, NONE, error);
  }

  /**
   * Validation promises never to throw for bad data; if a bug breaks that promise, the batch
   * still goes on, with this document marked.
   */
  private static BatchResult failed(
      String source, String file, JobDocument document, RuntimeException e) {
    Finding finding =
        Finding.builder()
            .ruleId(Validator.INTERNAL_ERROR)
            .severity(Severity.ERROR)
            .path("")
            .message(
                "jobdesc failed to check this document (" + describe(e) + "); please report this bug")
            .build();
    return new BatchResult(source, file, document, new ValidationReport(List.of(finding)), null);
  }

  /** What {@code e} says; its class when even its {@code toString} throws. */
  private static String describe(RuntimeException e) {
    try {
      return e.toString();
    } catch (RuntimeException again) {
      return e.getClass().getName();
    }
  }
}
