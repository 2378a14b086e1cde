package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.ApplicationRoute;
import dev.jobdesc.validation.constraints.HttpUrl;
import dev.jobdesc.validation.constraints.NoBlank;
import jakarta.validation.constraints.Email;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to apply: at least one of instructions, a URL or an e-mail address.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApplication.class)
@JsonDeserialize(as = ImmutableApplication.class)
@JsonPropertyOrder({"instructions", "url", "email", "deadline", "rolling", "aiScreening"})
@ApplicationRoute
public abstract class Application implements WithApplication {

  // Package-private: the generated ImmutableApplication is the only implementation.
  Application() {}

  /** {@return instructions in words} */
  public abstract Optional<@NoBlank String> getInstructions();

  /** {@return where to apply, an absolute {@code http}/{@code https} URL} */
  public abstract Optional<@HttpUrl String> getUrl();

  /** {@return where to send an application} */
  public abstract Optional<@NoBlank @Email String> getEmail();

  /** {@return the last day to apply} */
  public abstract Optional<LocalDate> getDeadline();

  /**
   * Applications are accepted on a rolling basis; {@code false} unless stated.
   *
   * @return whether applications are accepted on a rolling basis
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean isRolling() {
    return false;
  }

  /**
   * {@return whether artificial intelligence is used to screen, assess or select applicants: {@code true}
   * or {@code false} is a disclosure (Ontario requires one), absent says nothing}
   *
   * @since 0.1
   */
  public abstract Optional<Boolean> getAiScreening();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Application}. */
  public static final class Builder extends ImmutableApplication.Builder {
    Builder() {} // through builder()
  }
}
