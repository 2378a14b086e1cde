package dev.jobdesc.internal.format;

import java.util.Map;
import java.util.Optional;

/**
 * The keys of one model type as format version 1 spells them, in canonical order, derived from
 * the model itself (see {@link Shapes}), so format and model cannot drift apart.
 *
 * @param name the type's name, for messages
 * @param properties the keys, in canonical order
 * @param shorthandKey the key a plain string stands for, if the type has the string shorthand
 */
record Shape(String name, Map<String, Property> properties, Optional<String> shorthandKey) {

  /** One key: its name, whether it must be present, and the type of its value. */
  record Property(String name, boolean required, ValueType type) {}

  /** The type of a value. */
  sealed interface ValueType permits Scalar, EnumOf, ListOf, ObjectOf {}

  /** A scalar of one of the format's kinds. */
  record Scalar(ScalarKind kind) implements ValueType {}

  /** One of an enum's constant names, matched exactly. */
  record EnumOf(Class<? extends Enum<?>> type) implements ValueType {}

  /** A list of values of one type. */
  record ListOf(ValueType element) implements ValueType {}

  /** A nested object. */
  record ObjectOf(Shape shape) implements ValueType {}

  /** The scalar kinds, with how messages name them. */
  enum ScalarKind {
    STRING("text"),
    BOOLEAN("true or false"),
    DECIMAL("a number"),
    DATE("a date YYYY-MM-DD"),
    CURRENCY("an ISO 4217 currency code such as USD"),
    LANGUAGE("a BCP-47 language tag such as en-US");

    final String description;

    ScalarKind(String description) {
      this.description = description;
    }
  }
}
