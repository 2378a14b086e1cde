package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.HttpUrl;
import dev.jobdesc.validation.constraints.NoBlank;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The hiring organization.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganization.class)
@JsonDeserialize(as = ImmutableOrganization.class)
@JsonPropertyOrder({"name", "url", "department"})
public abstract class Organization implements WithOrganization {

  // Package-private: the generated ImmutableOrganization is the only implementation.
  Organization() {}

  /** {@return the organization's name} */
  @NotBlank
  public abstract String getName();

  /** {@return its web site, an absolute {@code http}/{@code https} URL} */
  public abstract Optional<@HttpUrl String> getUrl();

  /** {@return the hiring department} */
  public abstract Optional<@NoBlank String> getDepartment();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organization}. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {} // through builder()
  }
}
