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

  // Package-private: the generated ImmutableQualification is the only implementation.
  Qualification() {}

  /** {@return what is asked for, 1–1000 characters} */
  @NotBlank
  @Size(max = 1000)
  public abstract String getText();

  /** {@return what the qualification is about; {@link QualificationKind#OTHER} unless stated} */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Defaults.OtherKind.class)
  public QualificationKind getKind() {
    return QualificationKind.OTHER;
  }

  /** {@return required or preferred; {@link Necessity#REQUIRED} unless stated} */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Defaults.Required.class)
  public Necessity getNecessity() {
    return Necessity.REQUIRED;
  }

  /** {@return the level of an {@link QualificationKind#EDUCATION} qualification; only allowed there} */
  public abstract Optional<EducationLevel> getEducationLevel();

  /**
   * "Or willingness/ability to obtain": may be obtained after hire; {@code false} unless stated.
   *
   * @return whether the qualification may be obtained after hire
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean isObtainableAfterHire() {
    return false;
  }

  /** {@return the sentence explaining why it matters, as some profiles give} */
  public abstract Optional<@NoBlank String> getDetail();

  /**
   * {@return a qualification with only its text}
   *
   * @param text the qualification, e.g. "Valid driver's license"
   */
  public static Qualification of(String text) {
    return builder().text(text).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Qualification}. */
  public static final class Builder extends ImmutableQualification.Builder {
    Builder() {} // through builder()
  }
}
