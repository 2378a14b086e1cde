package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.DatesInOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When the posting went up and until when it is valid.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDates.class)
@JsonDeserialize(as = ImmutableDates.class)
@JsonPropertyOrder({"posted", "validThrough"})
@DatesInOrder
public abstract class Dates implements WithDates {

  // Package-private: the generated ImmutableDates is the only implementation.
  Dates() {}

  /** {@return the day the posting was published} */
  public abstract Optional<LocalDate> getPosted();

  /** {@return the last day the posting is valid, on or after {@link #getPosted()}} */
  public abstract Optional<LocalDate> getValidThrough();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dates}. */
  public static final class Builder extends ImmutableDates.Builder {
    Builder() {} // through builder()
  }
}
