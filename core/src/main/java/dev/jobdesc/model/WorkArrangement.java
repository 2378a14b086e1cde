package dev.jobdesc.model;

/**
 * Where the work is done.
 *
 * @since 0.1
 */
public enum WorkArrangement {
  /** At the employer's locations. */
  ON_SITE,
  /** Partly at the employer's locations, partly remote. */
  HYBRID,
  /** Fully remote, from the applicant regions. */
  REMOTE
}
