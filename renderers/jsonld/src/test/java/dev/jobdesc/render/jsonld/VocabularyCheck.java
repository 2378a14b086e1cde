package dev.jobdesc.render.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jobdesc.render.jsonld.SchemaOrgVocabulary.Property;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a JSON-LD document against the schema.org vocabulary: the context is
 * {@code https://schema.org}; every node has a {@code @type} that is a class, not superseded;
 * every property exists, is not superseded, has the node's type (or a superclass of it) among
 * its domains, and each value has a type in its range: a node of that class or a subclass, or a
 * literal of that data type (a string for Text, URL, Date, DateTime, Duration…; a JSON number for
 * Number, an integral one for Integer; a JSON boolean for Boolean). Enumerations such as
 * {@code employmentType} are Text in the vocabulary and checked as such.
 */
final class VocabularyCheck {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");
  private static final Pattern DURATION = Pattern.compile("P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?!$)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

  private final SchemaOrgVocabulary vocabulary;
  private final List<String> violations = new ArrayList<>();

  private VocabularyCheck(SchemaOrgVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The violations in {@code document}, each with its JSON Pointer; empty when it conforms. */
  static List<String> violations(SchemaOrgVocabulary vocabulary, JsonNode document) {
    VocabularyCheck check = new VocabularyCheck(vocabulary);
    check.document(document);
    return check.violations;
  }

  private void document(JsonNode document) {
    if (!"https://schema.org".equals(document.path("@context").asText(null))) {
      violations.add("/@context: not \"https://schema.org\": " + document.path("@context"));
    }
    if (document.has("@graph")) {
      JsonNode graph = document.get("@graph");
      if (!graph.isArray() || document.size() != 2) {
        violations.add("/: an @graph document holds only @context and an array @graph");
      }
      for (int i = 0; i < graph.size(); i++) {
        node(graph.get(i), "/@graph/" + i, true);
      }
    } else {
      node(document, "", true);
    }
  }

  private void node(JsonNode node, String path, boolean topLevel) {
    String type = node.path("@type").asText("");
    if (!vocabulary.isClass(type) || vocabulary.isDataType(type)) {
      violations.add(path + "/@type: \"" + type + "\" is not a schema.org class");
      return;
    }
    vocabulary.classSupersededBy(type).ifPresent(by -> violations.add(path + "/@type: " + type + " is superseded by " + by));
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      String at = path + "/" + name;
      if (name.equals("@type") || (topLevel && name.equals("@context"))) {
        continue;
      }
      Optional<Property> property = vocabulary.property(name);
      if (property.isEmpty()) {
        violations.add(at + ": no schema.org property \"" + name + "\"");
        continue;
      }
      property.get().supersededBy().ifPresent(by -> violations.add(at + ": " + name + " is superseded by " + by));
      if (property.get().domain().stream().noneMatch(domain -> vocabulary.isA(type, domain))) {
        violations.add(at + ": " + name + " is not a property of " + type + " (domain " + property.get().domain() + ")");
      }
      JsonNode value = field.getValue();
      if (value.isArray()) {
        if (value.size() < 2) {
          violations.add(at + ": an array of fewer than two values");
        }
        for (int i = 0; i < value.size(); i++) {
          value(value.get(i), property.get(), name, at + "/" + i);
        }
      } else {
        value(value, property.get(), name, at);
      }
    }
  }

  private void value(JsonNode value, Property property, String name, String at) {
    if (value.isObject()) {
      String type = value.path("@type").asText("");
      if (property.range().stream().noneMatch(range -> vocabulary.isA(type, range))) {
        violations.add(at + ": a " + type + " is not in the range of " + name + " " + property.range());
      }
      node(value, at, false);
    } else if (property.range().stream().noneMatch(range -> literalFits(value, range))) {
      violations.add(at + ": " + value + " is not a literal of the range of " + name + " " + property.range());
    }
  }

  private boolean literalFits(JsonNode value, String range) {
    if (value.isBoolean()) {
      return range.equals("Boolean");
    }
    if (value.isNumber()) {
      return range.equals("Number") || range.equals("Float") || (range.equals("Integer") && value.isIntegralNumber());
    }
    if (!value.isTextual()) {
      return false;
    }
    String text = value.asText();
    return switch (range) {
      case "URL" -> isHttpUrl(text);
      case "Date" -> DATE.matcher(text).matches();
      case "DateTime" -> DATE_TIME.matcher(text).matches();
      case "Duration" -> DURATION.matcher(text).matches();
      default -> vocabulary.isA(range, "Text") || vocabulary.isA(range, "Quantity");
    };
  }

  private static boolean isHttpUrl(String text) {
    try {
      URI uri = new URI(text);
      // Schemes are case-insensitive (RFC 3986): HTTPS://example.org is a URL.
      return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
