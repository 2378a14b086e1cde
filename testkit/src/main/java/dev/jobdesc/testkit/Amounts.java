package dev.jobdesc.testkit;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * Decimal amounts as the format carries them: never a negative scale (the reader writes
 * {@code 1E+3} as {@code 1000}), no more fraction digits than the currency has, and sometimes
 * trailing zeros ({@code 35000.00} is a different {@link BigDecimal} from {@code 35000} and must
 * survive a round trip as such).
 */
final class Amounts {
  /** Currencies with 0 (JPY, KRW), 2, 3 (KWD, BHD) and 4 (CLF) fraction digits. */
  static final List<Currency> CURRENCIES =
      List.of("USD", "EUR", "GBP", "JPY", "INR", "ILS", "SGD", "CNY", "KWD", "BHD", "BRL", "CAD",
              "CHF", "KRW", "MXN", "CLF")
          .stream()
          .map(Currency::getInstance)
          .toList();

  private final Chance chance;

  Amounts(Chance chance) {
    this.chance = chance;
  }

  Currency currency() {
    return chance.pick(CURRENCIES);
  }

  /** An amount &gt; 0 with at most the currency's fraction digits. */
  BigDecimal money(Currency currency) {
    long magnitude = (long) Math.pow(10, chance.between(0, 6)); // hourly wages to yearly yen
    return positive(chance.between(1L, 10 * magnitude), currency.getDefaultFractionDigits());
  }

  /** An amount &ge; {@code floor}, so that {@code floor ≤ result} makes a valid range. */
  BigDecimal moneyFrom(BigDecimal floor, Currency currency) {
    return chance.oneIn(5) ? floor : floor.add(money(currency)); // equal bounds: a fixed rate
  }

  /** Years of experience: whole, or to the half or quarter year. */
  BigDecimal years(int minWhole, int maxWhole) {
    BigDecimal whole = BigDecimal.valueOf(chance.between(minWhole, maxWhole));
    return switch (chance.between(0, 3)) {
      case 0 -> whole.add(new BigDecimal("0.5"));
      case 1 -> whole.add(new BigDecimal("0.25"));
      default -> whole;
    };
  }

  /** Hours per week, 1 to 80, the limits included now and then. */
  BigDecimal hoursPerWeek() {
    return switch (chance.between(0, 9)) {
      case 0 -> BigDecimal.ONE;
      case 1 -> BigDecimal.valueOf(80);
      case 2 -> new BigDecimal("37.5");
      case 3 -> new BigDecimal("40.00");
      default -> BigDecimal.valueOf(chance.between(1, 80));
    };
  }

  /** {@code whole} plus a fraction of up to {@code digits} digits, some of them trailing zeros. */
  private BigDecimal positive(long whole, int digits) {
    int scale = chance.between(0, digits);
    long fraction = scale == 0 ? 0 : chance.between(0L, (long) Math.pow(10, scale) - 1);
    return BigDecimal.valueOf(whole).add(BigDecimal.valueOf(fraction, scale));
  }
}
