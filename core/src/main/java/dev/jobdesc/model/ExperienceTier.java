package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.YearsInOrder;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A career level by years of experience, e.g. "Entry level", 1–2 years.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExperienceTier.class)
@JsonDeserialize(as = ImmutableExperienceTier.class)
@JsonPropertyOrder({"level", "minYears", "maxYears", "summary"})
@YearsInOrder
public abstract class ExperienceTier implements WithExperienceTier {

  // Package-private: the generated ImmutableExperienceTier is the only implementation.
  ExperienceTier() {}

  /** {@return the level's name, 1–60 characters, unique within a role} */
  @NotBlank
  @Size(max = 60)
  public abstract String getLevel();

  /** {@return the fewest years of experience at this level, ≥ 0} */
  @DecimalMin("0")
  public abstract BigDecimal getMinYears();

  /** {@return the most years of experience at this level; absent when open-ended} */
  public abstract Optional<@DecimalMin("0") BigDecimal> getMaxYears();

  /** {@return paragraphs describing the level} */
  public abstract List<@NotBlank String> getSummary();

  /** {@return {@link #getMinYears()} in months, as schema.org's {@code monthsOfExperience}} */
  public final BigDecimal minMonths() {
    return getMinYears().multiply(BigDecimal.valueOf(12));
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExperienceTier}. */
  public static final class Builder extends ImmutableExperienceTier.Builder {
    Builder() {} // through builder()
  }
}
