package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.OccupationCodeFormat;
import dev.jobdesc.validation.constraints.NoBlank;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A classification code of an occupation, e.g. O*NET-SOC {@code 21-1094.00}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOccupationCode.class)
@JsonDeserialize(as = ImmutableOccupationCode.class)
@JsonPropertyOrder({"scheme", "version", "code", "name"})
@OccupationCodeFormat
public abstract class OccupationCode implements WithOccupationCode {

  // Package-private: the generated ImmutableOccupationCode is the only implementation.
  OccupationCode() {}

  /** The O*NET-SOC scheme; codes follow {@code \d{2}-\d{4}(\.\d{2})?}. */
  public static final String ONET_SOC = "O*NET-SOC";
  /** The US Standard Occupational Classification; codes follow {@code \d{2}-\d{4}}. */
  public static final String SOC = "SOC";
  /** The International Standard Classification of Occupations, 2008. */
  public static final String ISCO_08 = "ISCO-08";
  /** The European Skills, Competences, Qualifications and Occupations classification. */
  public static final String ESCO = "ESCO";

  /** {@return the classification: {@code O*NET-SOC}, {@code SOC}, {@code ISCO-08}, {@code ESCO} or other} */
  @NotBlank
  public abstract String getScheme();

  /** {@return the classification's version, e.g. {@code 2019}} */
  public abstract Optional<@NoBlank String> getVersion();

  /** {@return the code within the classification} */
  @NotBlank
  public abstract String getCode();

  /** {@return the occupation's name in the classification} */
  public abstract Optional<@NoBlank String> getName();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OccupationCode}. */
  public static final class Builder extends ImmutableOccupationCode.Builder {
    Builder() {} // through builder()
  }
}
