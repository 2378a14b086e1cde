package dev.jobdesc.render;

/**
 * The parts of a rendered document, in natural reading order. A renderer renders the parts its
 * settings select, in the order given; an extension can replace how one part renders.
 *
 * @since 0.1
 */
public enum Part {
  /** The title, alternate titles and occupation codes. */
  TITLE,
  /** The job brief (job description) or summary (role). */
  SUMMARY,
  /** The opening's responsibilities, or the role's duties. */
  RESPONSIBILITIES,
  /** Qualifications: required before preferred, preferred labelled. */
  QUALIFICATIONS,
  /** Experience tiers. */
  EXPERIENCE,
  /** The pay offered, other compensation, and market pay figures. */
  PAY,
  /** Benefits. */
  BENEFITS,
  /**
   * Organization, employment, workplace, reporting line, dates, whether the vacancy exists: the
   * additional information.
   */
  DETAILS,
  /** How to apply, and whether artificial intelligence screens applicants. */
  APPLICATION,
  /** The equal-opportunity and accommodation statements. */
  STATEMENTS,
  /** Narrative sections: the role's, then the opening's. */
  SECTIONS,
  /** Questions and answers. */
  FAQS
}
