package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.ArrangementConsistent;
import dev.jobdesc.validation.constraints.RegionCode;
import dev.jobdesc.validation.constraints.NoBlank;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the work is done: on site at locations, hybrid, or remote from applicant regions.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkplace.class)
@JsonDeserialize(as = ImmutableWorkplace.class)
@JsonPropertyOrder({"arrangement", "locations", "applicantRegions", "environment", "travel"})
@ArrangementConsistent
public abstract class Workplace implements WithWorkplace {

  // Package-private: the generated ImmutableWorkplace is the only implementation.
  Workplace() {}

  /**
   * On site, hybrid or remote.
   *
   * @return on site, hybrid or remote
   */
  public abstract WorkArrangement getArrangement();

  /** {@return the places of work; at least one unless {@link WorkArrangement#REMOTE}} */
  public abstract List<@Valid Location> getLocations();

  /**
   * {@return where applicants may live: ISO 3166-1 alpha-2 countries or ISO 3166-2 subdivisions
   * ({@code US}, {@code US-CO}); at least one when {@link WorkArrangement#REMOTE}}
   */
  public abstract List<@RegionCode String> getApplicantRegions();

  /** {@return the work environment, e.g. "Clinical setting with outreach in the community"} */
  public abstract Optional<@NoBlank String> getEnvironment();

  /** {@return how much travel the job involves} */
  public abstract Optional<@NoBlank String> getTravel();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Workplace}. */
  public static final class Builder extends ImmutableWorkplace.Builder {
    Builder() {} // through builder()
  }
}
