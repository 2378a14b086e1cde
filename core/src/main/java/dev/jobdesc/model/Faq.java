package dev.jobdesc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.immutables.value.Value;

/**
 * A question and its answer.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFaq.class)
@JsonDeserialize(as = ImmutableFaq.class)
@JsonPropertyOrder({"question", "answer"})
public abstract class Faq implements WithFaq {

  // Package-private: the generated ImmutableFaq is the only implementation.
  Faq() {}

  /** {@return the question} */
  @NotBlank
  public abstract String getQuestion();

  /** {@return the answer, one or more paragraphs} */
  @NotEmpty
  public abstract List<@NotBlank String> getAnswer();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Faq}. */
  public static final class Builder extends ImmutableFaq.Builder {
    Builder() {} // through builder()
  }
}
