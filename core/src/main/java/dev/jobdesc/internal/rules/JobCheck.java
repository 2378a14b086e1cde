package dev.jobdesc.internal.rules;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.validation.RuleCheck;
import dev.jobdesc.validation.RuleContext;

/** A check of job descriptions only: a role document is not a posting, and passes. */
@FunctionalInterface
public interface JobCheck {

  /** Reports every problem of {@code job} through {@code context}. */
  void check(JobDescription job, RuleContext context);

  /** The {@link RuleCheck} that runs {@code check} on job descriptions and skips roles. */
  static RuleCheck of(JobCheck check) {
    return (document, context) -> {
      if (document instanceof JobDescription job) {
        check.check(job, context);
      }
    };
  }
}
