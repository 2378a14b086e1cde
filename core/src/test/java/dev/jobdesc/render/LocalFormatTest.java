package dev.jobdesc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The money, number and date forms rendering.md gives as examples. */
class LocalFormatTest {
  private static LocalFormat format(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    return new LocalFormat(locale, Labels.of(locale, Map.of()));
  }

  private static PayRange pay(String min, String max, String currency, PayPeriod period) {
    PayRange.Builder b = PayRange.builder().currency(Currency.getInstance(currency)).period(period);
    if (min != null) {
      b.minimum(new BigDecimal(min));
    }
    if (max != null) {
      b.maximum(new BigDecimal(max));
    }
    return b.build();
  }

  @Test
  void payRangesReadAsPeopleWriteThem() {
    assertEquals("$35,000–$50,000 per year", format("en-US").payRange(pay("35000", "50000", "USD", PayPeriod.YEAR)));
    assertEquals("35.000–50.000 € al año", format("es-ES").payRange(pay("35000", "50000", "EUR", PayPeriod.YEAR)).replace('\u00A0', ' '));
    assertEquals("from $17.50 per hour", format("en-US").payRange(pay("17.50", null, "USD", PayPeriod.HOUR)));
    assertEquals("up to $4,000 per month", format("en-US").payRange(pay(null, "4000", "USD", PayPeriod.MONTH)));
    assertEquals("$20 per hour", format("en-US").payRange(pay("20", "20", "USD", PayPeriod.HOUR)));
  }

  @Test
  void amountsUseTheLanguagesGroupingAndSymbols() {
    assertEquals("₹3,50,000", format("en-IN").money(new BigDecimal("350000"), Currency.getInstance("INR")));
    assertEquals("₹1,23,45,678.50", format("hi-IN").money(new BigDecimal("12345678.50"), Currency.getInstance("INR")).replaceAll("[^₹0-9,.]", ""));
    assertEquals("₪111,420", format("en-US").money(new BigDecimal("111420"), Currency.getInstance("ILS")));
    assertEquals("SGD\u00A0257,000", format("en-US").money(new BigDecimal("257000"), Currency.getInstance("SGD")));
    assertEquals("£1,000", format("en-GB").money(new BigDecimal("1000"), Currency.getInstance("GBP")));
    assertEquals("¥1,000", format("ja-JP").money(new BigDecimal("1000"), Currency.getInstance("JPY")).replace('￥', '¥'));
  }

  @Test
  void datesAndYearsAreLocalized() {
    assertEquals("November 23, 2026", format("en-US").date(LocalDate.of(2026, 11, 23)));
    assertEquals("23 de noviembre de 2026", format("es-ES").date(LocalDate.of(2026, 11, 23)));
    assertEquals("May 2020", format("en-US").partialDate("2020-05"));
    assertEquals("1–2 years", format("en-US").years(BigDecimal.ONE, new BigDecimal("2")));
    assertEquals("1,5+ años", format("es-ES").years(new BigDecimal("1.5"), null));
  }
}
