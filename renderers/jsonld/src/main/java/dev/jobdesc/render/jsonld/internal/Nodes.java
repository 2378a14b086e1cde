package dev.jobdesc.render.jsonld.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Builds the pieces of schema.org nodes as Jackson trees. */
final class Nodes {
  private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

  private Nodes() {}

  /** An empty JSON object. */
  static ObjectNode object() {
    return FACTORY.objectNode();
  }

  /** An empty node of the schema.org type {@code type}. */
  static ObjectNode typed(String type) {
    ObjectNode node = object();
    node.put("@type", type);
    return node;
  }

  /** A text value. */
  static JsonNode text(String text) {
    return FACTORY.textNode(text);
  }

  /**
   * {@code value} as a decimal (never rounded through a double), without trailing zeros or an
   * exponent: 18.0 months is {@code 18}, 35000 stays {@code 35000}.
   */
  static JsonNode number(BigDecimal value) {
    return DecimalNode.valueOf(new BigDecimal(value.stripTrailingZeros().toPlainString()));
  }

  /** A {@code PropertyValue} holding an identifier, as Google reads {@code identifier}. */
  static ObjectNode identifier(String id) {
    ObjectNode node = typed("PropertyValue");
    node.put("value", id);
    return node;
  }

  /** Sets {@code property} to {@code text} when present. */
  static void putText(ObjectNode node, String property, Optional<String> text) {
    text.ifPresent(t -> node.put(property, t));
  }

  /** Sets {@code property} to the texts, as {@link #putAll} does. */
  static void putTexts(ObjectNode node, String property, List<String> texts) {
    putAll(node, property, texts.stream().map(Nodes::text).toList());
  }

  /**
   * Sets {@code property} to {@code values}: nothing when there are none, the value itself when
   * there is one, an array otherwise. JSON-LD reads a value and a one-element array alike; the
   * plain value is what people and Google's examples write.
   */
  static void putAll(ObjectNode node, String property, List<? extends JsonNode> values) {
    if (values.size() == 1) {
      node.set(property, values.get(0));
    } else if (!values.isEmpty()) {
      ArrayNode array = node.putArray(property);
      values.forEach(array::add);
    }
  }
}
