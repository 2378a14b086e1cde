package dev.jobdesc.model;

/**
 * The type of employment.
 *
 * @since 0.1
 */
public enum EmploymentType {
  /** Full-time. */
  FULL_TIME,
  /** Part-time. */
  PART_TIME,
  /** Contractor. */
  CONTRACTOR,
  /** Temporary. */
  TEMPORARY,
  /** Internship. */
  INTERN,
  /** Volunteer. */
  VOLUNTEER,
  /** Per diem (paid by the day, as needed). */
  PER_DIEM,
  /** Anything else. */
  OTHER
}
