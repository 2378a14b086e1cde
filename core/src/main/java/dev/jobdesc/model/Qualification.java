package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.internal.format.Defaults;
import dev.jobdesc.validation.constraints.EducationLevelOnEducation;
import dev.jobdesc.validation.constraints.NoBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A qualification: education, certification, experience, skill, trait… In a document a plain
 * string stands for one with only its text.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQualification.class)
@JsonDeserialize(as = ImmutableQualification.class)
@JsonPropertyOrder({"text", "kind", "necessity", "educationLevel", "obtainableAfterHire", "detail"})
@EducationLevelOnEducation
public abstract class Qualification implements WithQualification {

  /** What is asked for, 1–1000 characters. */
  @NotBlank
  @Size(max = 1000)
  public abstract String getText();

  /** What the qualification is about; {@link QualificationKind#OTHER} unless stated. */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Defaults.OtherKind.class)
  public QualificationKind getKind() {
    return QualificationKind.OTHER;
  }

  /** Required or preferred; {@link Necessity#REQUIRED} unless stated. */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Defaults.Required.class)
  public Necessity getNecessity() {
    return Necessity.REQUIRED;
  }

  /** The level of an {@link QualificationKind#EDUCATION} qualification; only allowed there. */
  public abstract Optional<EducationLevel> getEducationLevel();

  /** "Or willingness/ability to obtain": may be obtained after hire; {@code false} unless stated. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean isObtainableAfterHire() {
    return false;
  }

  /** The sentence explaining why it matters, as some profiles give. */
  public abstract Optional<@NoBlank String> getDetail();

  /** A qualification with only its text. */
  public static Qualification of(String text) {
    return builder().text(text).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Qualification}. */
  public static final class Builder extends ImmutableQualification.Builder {}
}
