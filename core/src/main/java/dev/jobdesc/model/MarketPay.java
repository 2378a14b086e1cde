package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.CurrencyDigits;
import dev.jobdesc.validation.constraints.PartialDate;
import dev.jobdesc.validation.constraints.NoBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published pay figure for the occupation: an average or median, where, from whom, and when.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMarketPay.class)
@JsonDeserialize(as = ImmutableMarketPay.class)
@JsonPropertyOrder({"statistic", "amount", "currency", "period", "location", "source", "asOf", "scope"})
@CurrencyDigits
public abstract class MarketPay implements WithMarketPay {

  // Package-private: the generated ImmutableMarketPay is the only implementation.
  MarketPay() {}

  /** {@return which statistic the figure is} */
  public abstract Statistic getStatistic();

  /** {@return the figure, &gt; 0} */
  @Positive
  public abstract BigDecimal getAmount();

  /** {@return the currency (ISO 4217)} */
  public abstract Currency getCurrency();

  /** {@return the period the amount is for} */
  public abstract PayPeriod getPeriod();

  /** {@return where the figure applies, e.g. "New York" or "United States"} */
  public abstract Optional<@NoBlank String> getLocation();

  /** {@return who published it, e.g. "Bureau of Labor Statistics"} */
  public abstract Optional<@NoBlank String> getSource();

  /** {@return when the figure was true: {@code YYYY-MM} or {@code YYYY-MM-DD}} */
  public abstract Optional<@PartialDate String> getAsOf();

  /** {@return the population the figure covers} */
  public abstract Optional<@NoBlank String> getScope();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MarketPay}. */
  public static final class Builder extends ImmutableMarketPay.Builder {
    Builder() {} // through builder()
  }
}
