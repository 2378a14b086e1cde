package dev.jobdesc.model;

/**
 * The kind of a benefit.
 *
 * @since 0.1
 */
public enum BenefitCategory {
  /** Health insurance. */
  HEALTH,
  /** Dental insurance. */
  DENTAL,
  /** Vision insurance. */
  VISION,
  /** Retirement plan, e.g. a 401(k). */
  RETIREMENT,
  /** Paid time off. */
  PAID_TIME_OFF,
  /** Other insurance, e.g. life or disability. */
  INSURANCE,
  /** Training and professional development. */
  DEVELOPMENT,
  /** Anything else. */
  OTHER
}
