package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A benefit of the job. In a document a plain string stands for one with only its name.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBenefit.class)
@JsonDeserialize(as = ImmutableBenefit.class)
@JsonPropertyOrder({"name", "category"})
public abstract class Benefit implements WithBenefit {

  // Package-private: the generated ImmutableBenefit is the only implementation.
  Benefit() {}

  /** {@return the benefit, e.g. "Paid time off"} */
  @NotBlank
  public abstract String getName();

  /** {@return what kind of benefit it is} */
  public abstract Optional<BenefitCategory> getCategory();

  /**
   * {@return a benefit with only its name}
   *
   * @param name what the benefit is, e.g. "Dental insurance"
   */
  public static Benefit of(String name) {
    return builder().name(name).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Benefit}. */
  public static final class Builder extends ImmutableBenefit.Builder {
    Builder() {} // through builder()
  }
}
