package dev.jobdesc.render.jsonld.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.model.MarketPay;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Statistic;
import java.math.BigDecimal;
import java.util.Currency;

/** Pay as schema.org amounts: the pay offered and published market figures. */
final class Pay {
  private Pay() {}

  /**
   * The pay offered, in the shape Google reads as {@code baseSalary}: a {@code MonetaryAmount}
   * with its currency and a {@code QuantitativeValue} whose {@code unitText} is the period
   * ({@code HOUR} … {@code YEAR}). A range has {@code minValue}/{@code maxValue}, an open-ended
   * one only the bound it has, a fixed rate (minimum = maximum) a single {@code value}.
   */
  static ObjectNode baseSalary(PayRange pay) {
    ObjectNode amount = Nodes.typed("QuantitativeValue");
    boolean fixed = pay.hasBothBounds() && pay.getMinimum().get().compareTo(pay.getMaximum().get()) == 0;
    if (fixed) {
      amount.set("value", Nodes.number(pay.getMinimum().get()));
    } else {
      pay.getMinimum().ifPresent(min -> amount.set("minValue", Nodes.number(min)));
      pay.getMaximum().ifPresent(max -> amount.set("maxValue", Nodes.number(max)));
    }
    amount.put("unitText", pay.getPeriod().name());
    return monetaryAmount(pay.getCurrency(), amount);
  }

  /**
   * A published pay figure, for {@code estimatedSalary}. A median is a
   * {@code MonetaryAmountDistribution} with its {@code median} and the period as an ISO 8601
   * {@code duration}. The distribution has no property for a mean, so an average is a
   * {@code MonetaryAmount} holding the figure as the value per period, the shape of
   * {@code baseSalary}; that it is an average is said in the description.
   */
  static ObjectNode estimate(MarketPay figure) {
    if (figure.getStatistic() == Statistic.MEDIAN) {
      ObjectNode distribution = Nodes.typed("MonetaryAmountDistribution");
      distribution.put("currency", figure.getCurrency().getCurrencyCode());
      distribution.put("duration", isoDuration(figure.getPeriod()));
      distribution.set("median", Nodes.number(figure.getAmount()));
      return distribution;
    }
    return monetaryAmount(figure.getCurrency(), perPeriod(figure.getAmount(), figure.getPeriod()));
  }

  private static ObjectNode perPeriod(BigDecimal amount, PayPeriod period) {
    ObjectNode value = Nodes.typed("QuantitativeValue");
    value.set("value", Nodes.number(amount));
    value.put("unitText", period.name());
    return value;
  }

  private static ObjectNode monetaryAmount(Currency currency, ObjectNode value) {
    ObjectNode amount = Nodes.typed("MonetaryAmount");
    amount.put("currency", currency.getCurrencyCode());
    amount.set("value", value);
    return amount;
  }

  /** The period as an ISO 8601 duration: {@code PT1H}, {@code P1D}, {@code P1W}, {@code P1M}, {@code P1Y}. */
  static String isoDuration(PayPeriod period) {
    return switch (period) {
      case HOUR -> "PT1H";
      case DAY -> "P1D";
      case WEEK -> "P1W";
      case MONTH -> "P1M";
      case YEAR -> "P1Y";
    };
  }
}
