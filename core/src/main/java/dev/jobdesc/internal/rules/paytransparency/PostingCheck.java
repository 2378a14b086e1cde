package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.validation.RuleCheck;
import dev.jobdesc.validation.RuleContext;

/** A check of a posting: pay-transparency laws govern job postings, so a role document passes. */
@FunctionalInterface
interface PostingCheck {

  /** Reports every problem of {@code job} through {@code context}. */
  void check(JobDescription job, RuleContext context);

  /** The {@link RuleCheck} that runs this on job descriptions and skips roles. */
  default RuleCheck onJobDescriptions() {
    return (document, context) -> {
      if (document instanceof JobDescription job) {
        check(job, context);
      }
    };
  }
}
