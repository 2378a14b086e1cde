package dev.jobdesc.validation;

import java.util.List;
import java.util.Objects;

/**
 * A named set of rules, such as {@code publishable} or {@code pay-transparency:US-CO}. A
 * {@link Validator} runs {@code structure} always and the profiles it is given; an application
 * makes its own with {@link #of} and adds it to a validator, or ships it in a jar through
 * {@link ProfileProvider}.
 *
 * <p>A profile whose rules depend on the document (such as {@code pay-transparency:auto}, which
 * runs the laws of the places a posting names) lists every rule it may run, so that reports can
 * describe them all, and decides in its own checks which apply.
 *
 * @since 0.1
 */
public interface Profile {

  /** {@return the profile's name, e.g. {@code structure} or {@code pay-transparency:US-CO}} */
  String getName();

  /** {@return what the profile checks, in a sentence} */
  String getDescription();

  /** {@return its rules, in the order they run} */
  List<Rule> getRules();

  /**
   * {@return a profile of {@code rules}}
   *
   * @param name the profile's name, as {@code Validator.Builder#profiles} takes it
   * @param description what the profile checks, for {@code jobdesc profiles}
   * @param rules its rules
   */
  static Profile of(String name, String description, List<Rule> rules) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    List<Rule> copy = List.copyOf(rules);
    return new Profile() {
      @Override
      public String getName() {
        return name;
      }

      @Override
      public String getDescription() {
        return description;
      }

      @Override
      public List<Rule> getRules() {
        return copy;
      }

      @Override
      public String toString() {
        return name + " " + copy;
      }
    };
  }
}
