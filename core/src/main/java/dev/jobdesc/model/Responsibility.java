package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.internal.format.Defaults;
import dev.jobdesc.validation.constraints.NoBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One duty or responsibility. In a document a plain string stands for one with only its text.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResponsibility.class)
@JsonDeserialize(as = ImmutableResponsibility.class)
@JsonPropertyOrder({"text", "essential", "category"})
public abstract class Responsibility implements WithResponsibility {

  // Package-private: the generated ImmutableResponsibility is the only implementation.
  Responsibility() {}

  /** {@return what the duty is, 1–1000 characters} */
  @NotBlank
  @Size(max = 1000)
  public abstract String getText();

  /** {@return an essential function in the ADA sense; {@code true} unless stated} */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Defaults.True.class)
  public boolean isEssential() {
    return true;
  }

  /** {@return a free grouping, e.g. "Client support"} */
  public abstract Optional<@NoBlank String> getCategory();

  /**
   * {@return a responsibility with only its text}
   *
   * @param text the duty, e.g. "Facilitate peer support groups"
   */
  public static Responsibility of(String text) {
    return builder().text(text).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Responsibility}. */
  public static final class Builder extends ImmutableResponsibility.Builder {
    Builder() {} // through builder()
  }
}
