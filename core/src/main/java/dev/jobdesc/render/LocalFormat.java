package dev.jobdesc.render;

import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, money and dates formatted for a language, from the JDK's locale data:
 * {@code $35,000–$50,000 per year}, {@code 35.000–50.000 € al año}, {@code ₹3,50,000}. Cheap to
 * make; one per render call, as {@link NumberFormat} is not thread-safe.
 *
 * @since 0.1
 */
public final class LocalFormat {
  private static final String DASH = "–";
  private static final String NO_BREAK_SPACE = "\u00A0";

  private final Locale locale;
  private final Labels labels;

  /**
   * Formats for {@code locale}, with period words from {@code labels}.
   *
   * @param locale the language and region whose forms are used
   * @param labels where the period words ("per year") come from
   */
  public LocalFormat(Locale locale, Labels labels) {
    this.locale = locale;
    this.labels = labels;
  }

  /**
   * {@return {@code amount} in {@code currency}, without fraction digits when it has none}
   *
   * @param amount the amount
   * @param currency its currency
   */
  public String money(BigDecimal amount, Currency currency) {
    return format(moneyFormat(amount, currency), amount);
  }

  /**
   * {@return a pay range with its period: {@code $35,000–$50,000 per year}, {@code from $17.50 per hour}}
   *
   * @param pay the range, with at least a minimum or a maximum
   */
  public String payRange(PayRange pay) {
    Currency currency = pay.getCurrency();
    String amount;
    if (pay.hasBothBounds()) {
      BigDecimal min = pay.getMinimum().orElseThrow();
      BigDecimal max = pay.getMaximum().orElseThrow();
      amount = min.compareTo(max) == 0 ? money(min, currency) : range(min, max, currency);
    } else if (pay.getMinimum().isPresent()) {
      amount = labels.get("pay.from", money(pay.getMinimum().get(), currency));
    } else {
      amount = labels.get("pay.upTo", money(pay.getMaximum().orElseThrow(), currency));
    }
    return perPeriod(amount, pay.getPeriod());
  }

  /**
   * {@return {@code amount} followed by its period: {@code $36,315 per year}}
   *
   * @param amount the formatted amount
   * @param period what the amount is paid per
   */
  public String perPeriod(String amount, PayPeriod period) {
    return labels.get("pay.amountPerPeriod", amount, labels.of(period));
  }

  /**
   * {@return a plain number: {@code 37.5}, {@code 1,000}}
   *
   * @param value the number
   */
  public String number(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
    return format.format(value);
  }

  /**
   * {@return a date in the language's long form: {@code November 23, 2026}}
   *
   * @param date the date
   */
  public String date(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }

  /**
   * {@return {@code YYYY-MM} as month and year ({@code May 2020}), or {@code YYYY-MM-DD} as a date}
   *
   * @param value a partial date of the model, {@code YYYY-MM} or {@code YYYY-MM-DD}
   */
  public String partialDate(String value) {
    if (value.length() == 7) {
      return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.parse(value));
    }
    return date(LocalDate.parse(value));
  }

  /**
   * {@return years of experience: {@code 1–2 years} or {@code 3+ years}}
   *
   * @param min the fewest years
   * @param maxOrNull the most years, or {@code null} for open-ended
   */
  public String years(BigDecimal min, BigDecimal maxOrNull) {
    return maxOrNull == null
        ? labels.get("experience.from", number(min))
        : labels.get("experience.range", number(min), number(maxOrNull));
  }

  /**
   * Two amounts with the currency symbol once where it trails ({@code 35.000–50.000 €}) and on
   * both where it leads ({@code $35,000–$50,000}), as people write ranges.
   */
  private String range(BigDecimal min, BigDecimal max, Currency currency) {
    DecimalFormat minFormat = moneyFormat(min, currency);
    String suffix = minFormat.getPositiveSuffix();
    String low = format(minFormat, min);
    if (!suffix.isEmpty() && low.endsWith(suffix)) {
      low = low.substring(0, low.length() - suffix.length());
    }
    return low + DASH + money(max, currency);
  }

  private DecimalFormat moneyFormat(BigDecimal amount, Currency currency) {
    DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(currency);
    if (format.getPositivePrefix().equals(currency.getCurrencyCode())) {
      // The language has no symbol for this currency (SGD in en-US): "SGD 257,000", not
      // "SGD257,000".
      format.setPositivePrefix(currency.getCurrencyCode() + NO_BREAK_SPACE);
    }
    if (amount.stripTrailingZeros().scale() <= 0) {
      format.setMinimumFractionDigits(0);
      format.setMaximumFractionDigits(0);
    }
    return format;
  }

  private String format(DecimalFormat format, BigDecimal amount) {
    String text = format.format(amount);
    // India groups by lakhs and crores (3,50,000); the JDK's DecimalFormat keeps one group size.
    return "IN".equals(locale.getCountry()) ? indianGrouping(text, format) : text;
  }

  /** Regroups the integer digits of {@code text}: the last three, then by twos. */
  private static String indianGrouping(String text, DecimalFormat format) {
    char separator = format.getDecimalFormatSymbols().getGroupingSeparator();
    char decimal = format.getDecimalFormatSymbols().getMonetaryDecimalSeparator();
    int start = 0;
    while (start < text.length() && !Character.isDigit(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length()
        && (Character.isDigit(text.charAt(end)) || text.charAt(end) == separator)
        && text.charAt(end) != decimal) {
      end++;
    }
    String digits = text.substring(start, end).replace(String.valueOf(separator), "");
    StringBuilder grouped = new StringBuilder();
    int remaining = digits.length();
    int group = 3;
    while (remaining > group) {
      grouped.insert(0, separator + digits.substring(remaining - group, remaining));
      remaining -= group;
      group = 2;
    }
    grouped.insert(0, digits, 0, remaining);
    return text.substring(0, start) + grouped + text.substring(end);
  }
}
