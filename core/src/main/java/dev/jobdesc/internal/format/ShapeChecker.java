package dev.jobdesc.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.jobdesc.internal.format.Shape.EnumOf;
import dev.jobdesc.internal.format.Shape.ListOf;
import dev.jobdesc.internal.format.Shape.ObjectOf;
import dev.jobdesc.internal.format.Shape.Property;
import dev.jobdesc.internal.format.Shape.Scalar;
import dev.jobdesc.internal.format.Shape.ScalarKind;
import dev.jobdesc.internal.format.Shape.ValueType;
import dev.jobdesc.io.SourcePosition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a parsed tree against the format's shapes and reports every problem: unknown keys (with
 * the key meant, when it is close), missing keys, wrong value types, enum values not matched
 * exactly. Normalises as it goes: a plain string where the shorthand applies becomes its object,
 * a number where text is expected becomes its text ({@code postalCode: 80202}).
 */
final class ShapeChecker {
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Map<String, SourcePosition> positions;
  private final Problems problems;

  ShapeChecker(Map<String, SourcePosition> positions, Problems problems) {
    this.positions = positions;
    this.problems = problems;
  }

  /** Checks {@code object} against {@code shape}, normalising it in place. */
  void checkObject(ObjectNode object, Shape shape, String pointer) {
    List<String> meant = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      String child = Pointers.child(pointer, key);
      Property property = shape.properties().get(key);
      if (property == null) {
        meant.addAll(unknownKey(shape, key, child));
        continue;
      }
      JsonNode checked = check(field.getValue(), property.type(), child);
      if (checked != field.getValue()) {
        field.setValue(checked);
      }
    }
    for (Property property : shape.properties().values()) {
      // A missing key that an unknown key was suggested for is that key misspelt: one finding.
      if (property.required() && !object.has(property.name()) && !meant.contains(property.name())) {
        problems
            .add(pointer, at(pointer), "missing required key '" + property.name() + "' in " + shape.name())
            .actual(property.name());
      }
    }
  }

  private JsonNode check(JsonNode node, ValueType type, String pointer) {
    if (type instanceof ObjectOf objectOf) {
      Shape shape = objectOf.shape();
      if (node.isTextual() && shape.shorthandKey().isPresent()) {
        ObjectNode expanded = JsonNodeFactory.instance.objectNode();
        expanded.set(shape.shorthandKey().get(), node);
        return expanded;
      }
      if (!node.isObject()) {
        return wrongType(node, pointer, "a mapping of keys (" + shape.name() + ")");
      }
      checkObject((ObjectNode) node, shape, pointer);
      return node;
    }
    if (type instanceof ListOf listOf) {
      if (!node.isArray()) {
        return wrongType(node, pointer, "a list");
      }
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        JsonNode element = array.get(i);
        JsonNode checked = check(element, listOf.element(), Pointers.child(pointer, i));
        if (checked != element) {
          array.set(i, checked);
        }
      }
      return node;
    }
    if (type instanceof EnumOf enumOf) {
      return checkEnum(node, enumOf.type(), pointer);
    }
    return checkScalar(node, ((Scalar) type).kind(), pointer);
  }

  private JsonNode checkScalar(JsonNode node, ScalarKind kind, String pointer) {
    switch (kind) {
      case STRING:
        if (node.isNumber()) { // YAML reads postalCode: 80202 as a number; it is text
          return TextNode.valueOf(node.decimalValue().toPlainString());
        }
        return node.isTextual() ? node : wrongType(node, pointer, kind.description);
      case BOOLEAN:
        return node.isBoolean() ? node : wrongType(node, pointer, kind.description);
      case DECIMAL:
        return node.isNumber() ? node : wrongType(node, pointer, kind.description);
      case DATE:
        if (!node.isTextual()) {
          return wrongType(node, pointer, kind.description);
        }
        if (!DATE.matcher(node.textValue()).matches() || !isDate(node.textValue())) {
          invalid(node, pointer, "'" + node.textValue() + "' is not a date YYYY-MM-DD");
        }
        return node;
      case CURRENCY:
        if (!node.isTextual()) {
          return wrongType(node, pointer, kind.description);
        }
        if (!CURRENCY_CODE.matcher(node.textValue()).matches()
            || !isCurrency(node.textValue())) {
          invalid(node, pointer, "'" + node.textValue() + "' is not an ISO 4217 currency code such as USD or EUR");
        }
        return node;
      case LANGUAGE:
        if (!node.isTextual()) {
          return wrongType(node, pointer, kind.description);
        }
        if (!isLanguageTag(node.textValue())) {
          invalid(node, pointer, "'" + node.textValue() + "' is not a BCP-47 language tag such as en-US");
        }
        return node;
      default:
        throw new AssertionError(kind);
    }
  }

  private JsonNode checkEnum(JsonNode node, Class<? extends Enum<?>> type, String pointer) {
    if (!node.isTextual()) {
      return wrongType(node, pointer, "one of " + names(type));
    }
    String value = node.textValue();
    Enum<?>[] constants = type.getEnumConstants();
    if (Arrays.stream(constants).anyMatch(c -> c.name().equals(value))) {
      return node;
    }
    // full-time, Full Time, FULLTIME: the same words, spelt another way.
    String letters = value.toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    List<String> suggestions =
        Arrays.stream(constants)
            .map(Enum::name)
            .filter(name -> name.replace("_", "").equals(letters))
            .collect(Collectors.toList());
    String hint = suggestions.isEmpty() ? "" : "; did you mean " + suggestions.get(0) + "?";
    problems
        .add(
            pointer,
            at(pointer),
            "'" + value + "' is not one of " + names(type) + " (matched exactly)" + hint)
        .actual(value)
        .suggestions(suggestions);
    return node;
  }

  /** Reports an unknown key; returns the known keys it is close to. */
  private List<String> unknownKey(Shape shape, String key, String pointer) {
    List<String> close = new ArrayList<>();
    for (String known : shape.properties().keySet()) {
      if (known.equalsIgnoreCase(key) || Similarity.distance(known, key) <= 2) {
        close.add(known);
      }
    }
    String hint =
        close.isEmpty()
            ? "; allowed keys: " + String.join(", ", shape.properties().keySet())
            : "; did you mean '" + close.get(0) + "'?";
    problems
        .add(pointer, at(pointer), "unknown key '" + key + "' in " + shape.name() + hint)
        .actual(key)
        .suggestions(close);
    return close;
  }

  private JsonNode wrongType(JsonNode node, String pointer, String expected) {
    problems
        .add(pointer, at(pointer), "expected " + expected + ", found " + describe(node))
        .actual(node.isValueNode() ? node.asText() : null);
    return node;
  }

  private void invalid(JsonNode node, String pointer, String message) {
    problems.add(pointer, at(pointer), message).actual(node.asText());
  }

  private SourcePosition at(String pointer) {
    String p = pointer;
    while (true) {
      SourcePosition position = positions.get(p);
      if (position != null || p.isEmpty()) {
        return position;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  private static String describe(JsonNode node) {
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isNumber()) {
      return "the number " + node.decimalValue().toPlainString();
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    String text = node.asText();
    return "the text '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isCurrency(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isLanguageTag(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
