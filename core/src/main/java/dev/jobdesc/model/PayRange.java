package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.CurrencyDigits;
import dev.jobdesc.validation.constraints.PayBounds;
import dev.jobdesc.validation.constraints.NoBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The pay offered: a closed range ({@code minimum ≤ maximum}, equal for a fixed rate) or an
 * open-ended one ("from …" or "up to …": only one bound).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePayRange.class)
@JsonDeserialize(as = ImmutablePayRange.class)
@JsonPropertyOrder({"minimum", "maximum", "currency", "period", "note"})
@PayBounds
@CurrencyDigits
public abstract class PayRange implements WithPayRange {

  // Package-private: the generated ImmutablePayRange is the only implementation.
  PayRange() {}

  /** {@return the lowest pay, &gt; 0; absent for "up to …"} */
  public abstract Optional<@Positive BigDecimal> getMinimum();

  /** {@return the highest pay, &gt; 0; absent for "from …"} */
  public abstract Optional<@Positive BigDecimal> getMaximum();

  /** {@return the currency (ISO 4217)} */
  public abstract Currency getCurrency();

  /** {@return the period the amounts are for} */
  public abstract PayPeriod getPeriod();

  /** {@return a note such as "Salary is based upon candidate experience…"} */
  public abstract Optional<@NoBlank String> getNote();

  /** {@return whether both bounds are given} */
  public final boolean hasBothBounds() {
    return getMinimum().isPresent() && getMaximum().isPresent();
  }

  /**
   * {@return the same range per year (HOUR × 2080, DAY × 260, WEEK × 52, MONTH × 12), for comparisons
   * and rules; the note is kept}
   */
  public final PayRange annualized() {
    PayPeriod period = getPeriod();
    return builder()
        .from(this)
        .minimum(getMinimum().map(period::annualize))
        .maximum(getMaximum().map(period::annualize))
        .period(PayPeriod.YEAR)
        .build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PayRange}. */
  public static final class Builder extends ImmutablePayRange.Builder {
    Builder() {} // through builder()
  }
}
