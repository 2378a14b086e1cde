package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.NoBlank;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.constraints.UniqueElements;
import org.immutables.value.Value;

/**
 * The terms of employment.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEmployment.class)
@JsonDeserialize(as = ImmutableEmployment.class)
@JsonPropertyOrder({"types", "hoursPerWeek", "schedule"})
public abstract class Employment implements WithEmployment {

  // Package-private: the generated ImmutableEmployment is the only implementation.
  Employment() {}

  /** {@return the employment types, at least one, no repeats} */
  @NotEmpty
  @UniqueElements
  public abstract List<EmploymentType> getTypes();

  /** {@return hours per week, 1–80} */
  public abstract Optional<@DecimalMin("1") @DecimalMax("80") BigDecimal> getHoursPerWeek();

  /** {@return the schedule, e.g. "Mon–Fri, 8am–5pm"} */
  public abstract Optional<@NoBlank String> getSchedule();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Employment}. */
  public static final class Builder extends ImmutableEmployment.Builder {
    Builder() {} // through builder()
  }
}
