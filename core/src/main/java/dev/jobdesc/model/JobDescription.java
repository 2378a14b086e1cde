package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.LanguageTag;
import dev.jobdesc.validation.constraints.NoBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One employer's description of an opening (a posting, or a template for one), with the
 * {@link Role} it is for. A document of {@code kind: job-description}.
 *
 * <p>The embedded role always has the job description's language: building one sets it.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJobDescription.class)
@JsonDeserialize(as = ImmutableJobDescription.class)
@JsonPropertyOrder({
  "id", "language", "role", "title", "organization", "reportsTo", "brief", "responsibilities",
  "qualifications", "pay", "otherCompensation", "benefits", "employment", "workplace",
  "application", "equalOpportunity", "accommodation", "dates", "existingVacancy", "sections"
})
public abstract non-sealed class JobDescription implements JobDocument, WithJobDescription {

  // Package-private: the generated ImmutableJobDescription is the only implementation.
  JobDescription() {}

  @Override
  public abstract Optional<@Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String> getId();

  /** {@inheritDoc} {@code en-US} unless stated. */
  @Override
  @Value.Default
  @LanguageTag
  public Locale getLanguage() {
    return DEFAULT_LANGUAGE;
  }

  /** {@return the role this opening is for} */
  @Valid
  public abstract Role getRole();

  /** {@return the posting's own title when it differs from the role's, 1–120 characters} */
  public abstract Optional<@NoBlank @Size(min = 1, max = 120) String> getTitle();

  /** {@return the hiring organization} */
  public abstract Optional<@Valid Organization> getOrganization();

  /** {@return the reporting structure, e.g. "Program Manager or Clinical Supervisor"} */
  public abstract Optional<@NoBlank String> getReportsTo();

  /** {@return the "job brief" introduction, in paragraphs} */
  public abstract List<@NotBlank String> getBrief();

  /** {@return this opening's responsibilities, at least one} */
  @NotEmpty
  public abstract List<@Valid Responsibility> getResponsibilities();

  /** {@return this opening's qualifications, at least one} */
  @NotEmpty
  public abstract List<@Valid Qualification> getQualifications();

  /** {@return the pay offered} */
  public abstract Optional<@Valid PayRange> getPay();

  /** {@return bonuses, commissions, incentives} */
  public abstract Optional<@NoBlank String> getOtherCompensation();

  /** {@return the benefits} */
  public abstract List<@Valid Benefit> getBenefits();

  /** {@return the terms of employment} */
  public abstract Optional<@Valid Employment> getEmployment();

  /** {@return where the work is done} */
  public abstract Optional<@Valid Workplace> getWorkplace();

  /** {@return how to apply} */
  public abstract Optional<@Valid Application> getApplication();

  /** {@return the equal-opportunity statement} */
  public abstract Optional<@NoBlank String> getEqualOpportunity();

  /** {@return the reasonable-accommodation statement} */
  public abstract Optional<@NoBlank String> getAccommodation();

  /** {@return when the posting went up and until when it is valid} */
  public abstract Optional<@Valid Dates> getDates();

  /**
   * {@return whether the posting is for a vacancy that exists now: {@code false} for a talent pool or a
   * future opening} Absent says nothing; Ontario requires the statement either way.
   *
   * @since 0.1
   */
  public abstract Optional<Boolean> getExistingVacancy();

  /** {@return extra narrative for this opening} */
  public abstract List<@Valid Section> getSections();

  /** {@return the title to show: the posting's own, else the role's} */
  public final String displayTitle() {
    return getTitle().orElseGet(() -> getRole().getTitle());
  }

  @Override
  public final DocumentKind documentKind() {
    return DocumentKind.JOB_DESCRIPTION;
  }

  /**
   * Gives the embedded role this document's language, so the two never disagree.
   *
   * @return this document, with its role's language set to this document's
   */
  @Value.Check
  protected JobDescription alignRoleLanguage() {
    if (getRole().getLanguage().equals(getLanguage())) {
      return this;
    }
    return withRole(getRole().withLanguage(getLanguage()));
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JobDescription}. */
  public static final class Builder extends ImmutableJobDescription.Builder {
    Builder() {} // through builder()
  }
}
