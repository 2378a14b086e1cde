package dev.jobdesc.model;

/**
 * What a qualification is about.
 *
 * @since 0.1
 */
public enum QualificationKind {
  /** A school or university education. */
  EDUCATION,
  /** A certificate, e.g. from a recognised training program. */
  CERTIFICATION,
  /** A license to practise or operate. */
  LICENSE,
  /** Work experience. */
  EXPERIENCE,
  /** Personal lived experience, as peer roles ask for. */
  LIVED_EXPERIENCE,
  /** A skill or ability, including knowledge. */
  SKILL,
  /** A personal quality. */
  TRAIT,
  /** Anything else; the default. */
  OTHER
}
