package dev.jobdesc.model;

/**
 * The level of an education qualification.
 *
 * @since 0.1
 */
public enum EducationLevel {
  /** High school diploma or equivalent. */
  HIGH_SCHOOL,
  /** Associate degree. */
  ASSOCIATE_DEGREE,
  /** Bachelor's degree. */
  BACHELOR_DEGREE,
  /** Master's degree or doctorate. */
  POSTGRADUATE_DEGREE,
  /** Professional certificate. */
  PROFESSIONAL_CERTIFICATE
}
