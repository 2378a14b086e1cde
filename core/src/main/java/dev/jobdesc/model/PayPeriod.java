package dev.jobdesc.model;

import java.math.BigDecimal;

/**
 * The period a pay amount is for, with the factor that annualizes it (a 2,080-hour, 260-day,
 * 52-week year).
 *
 * @since 0.1
 */
public enum PayPeriod {
  /** Per hour; × 2080 a year. */
  HOUR(2080),
  /** Per day; × 260 a year. */
  DAY(260),
  /** Per week; × 52 a year. */
  WEEK(52),
  /** Per month; × 12 a year. */
  MONTH(12),
  /** Per year. */
  YEAR(1);

  private final BigDecimal perYear;

  PayPeriod(int perYear) {
    this.perYear = BigDecimal.valueOf(perYear);
  }

  /** {@return how many of this period make a year} */
  public BigDecimal perYear() {
    return perYear;
  }

  /**
   * {@return {@code amount} per this period, expressed per year}
   *
   * @param amount an amount paid per this period
   */
  public BigDecimal annualize(BigDecimal amount) {
    return amount.multiply(perYear);
  }
}
