package dev.jobdesc.model;

/**
 * Which statistic a published pay figure is.
 *
 * @since 0.1
 */
public enum Statistic {
  /** The mean. */
  AVERAGE,
  /** The median. */
  MEDIAN
}
