package dev.jobdesc.model;

/**
 * Whether a qualification is required or only preferred.
 *
 * @since 0.1
 */
public enum Necessity {
  /** Candidates must have it; the default. */
  REQUIRED,
  /** Nice to have. */
  PREFERRED
}
