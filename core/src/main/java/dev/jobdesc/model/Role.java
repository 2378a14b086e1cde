package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.LanguageTag;
import dev.jobdesc.validation.constraints.TiersInOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The occupation itself, independent of any employer: duties, qualifications, experience tiers,
 * market pay, narrative sections and FAQs. A document of {@code kind: role}, and the {@code role}
 * a {@link JobDescription} is for.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRole.class)
@JsonDeserialize(as = ImmutableRole.class)
@JsonPropertyOrder({
  "id", "language", "title", "alternateTitles", "occupations", "summary", "duties",
  "qualifications", "experienceTiers", "marketPay", "sections", "faqs"
})
@TiersInOrder
public abstract non-sealed class Role implements JobDocument, WithRole {

  // Package-private: the generated ImmutableRole is the only implementation.
  Role() {}

  @Override
  public abstract Optional<@Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String> getId();

  /** {@inheritDoc} {@code en-US} unless stated; inside a job description, the job's language. */
  @Override
  @Value.Default
  @LanguageTag
  public Locale getLanguage() {
    return DEFAULT_LANGUAGE;
  }

  /** {@return the occupation's title, 1–120 characters, e.g. "Mental Health Peer Specialist"} */
  @NotBlank
  @Size(max = 120)
  public abstract String getTitle();

  /** {@return other titles the occupation goes by, e.g. "Peer Mentor"} */
  public abstract List<@NotBlank @Size(max = 120) String> getAlternateTitles();

  /** {@return classification codes} */
  public abstract List<@Valid OccupationCode> getOccupations();

  /** {@return paragraphs on what the role is and does} */
  public abstract List<@NotBlank String> getSummary();

  /** {@return the role's typical duties} */
  public abstract List<@Valid Responsibility> getDuties();

  /** {@return skills and qualifications the role calls for} */
  public abstract List<@Valid Qualification> getQualifications();

  /** {@return career levels by years of experience, in increasing {@code minYears}} */
  public abstract List<@Valid ExperienceTier> getExperienceTiers();

  /** {@return published pay figures} */
  public abstract List<@Valid MarketPay> getMarketPay();

  /** {@return other narrative, in order: education and training, challenges, career growth…} */
  public abstract List<@Valid Section> getSections();

  /** {@return questions and answers} */
  public abstract List<@Valid Faq> getFaqs();

  @Override
  public final DocumentKind documentKind() {
    return DocumentKind.ROLE;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Role}. */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {} // through builder()
  }
}
