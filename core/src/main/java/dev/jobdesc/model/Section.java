package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jobdesc.validation.constraints.SectionContent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * A piece of narrative under a heading: paragraphs, then items, at least one of them.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSection.class)
@JsonDeserialize(as = ImmutableSection.class)
@JsonPropertyOrder({"heading", "paragraphs", "items"})
@SectionContent
public abstract class Section implements WithSection {

  // Package-private: the generated ImmutableSection is the only implementation.
  Section() {}

  /** {@return the heading, 1–200 characters} */
  @NotBlank
  @Size(max = 200)
  public abstract String getHeading();

  /** {@return paragraphs of text} */
  public abstract List<@NotBlank String> getParagraphs();

  /** {@return list items, shown after the paragraphs} */
  public abstract List<@NotBlank String> getItems();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Section}. */
  public static final class Builder extends ImmutableSection.Builder {
    Builder() {} // through builder()
  }
}
