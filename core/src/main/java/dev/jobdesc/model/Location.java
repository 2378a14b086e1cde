package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.CountryCode;
import dev.jobdesc.validation.constraints.NoBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place of work.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocation.class)
@JsonDeserialize(as = ImmutableLocation.class)
@JsonPropertyOrder({"locality", "region", "postalCode", "country", "streetAddress"})
public abstract class Location implements WithLocation {

  // Package-private: the generated ImmutableLocation is the only implementation.
  Location() {}

  /** {@return the city or town} */
  public abstract Optional<@NoBlank String> getLocality();

  /** {@return the state, province or region} */
  public abstract Optional<@NoBlank String> getRegion();

  /** {@return the postal code} */
  public abstract Optional<@NoBlank String> getPostalCode();

  /** {@return the country, ISO 3166-1 alpha-2 (e.g. {@code US})} */
  @CountryCode
  public abstract String getCountry();

  /** {@return the street address} */
  public abstract Optional<@NoBlank String> getStreetAddress();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {} // through builder()
  }
}
