package dev.jobdesc.render.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema.org vocabulary, release 30.0, read from the test resource
 * {@code schemaorg-30.0/schemaorg-current-https.jsonld} (CC BY-SA 3.0, see its README): its
 * classes with their superclasses, its data types, and its properties with their domains,
 * ranges and successors. Terms are named without prefix: {@code JobPosting}, {@code title}.
 */
final class SchemaOrgVocabulary {
  private static final String RESOURCE = "/schemaorg-30.0/schemaorg-current-https.jsonld";
  private static final String PREFIX = "schema:";

  /** A property: the types it may be used on, the types of its values, what supersedes it. */
  record Property(Set<String> domain, Set<String> range, Optional<String> supersededBy) {}

  private final Map<String, Set<String>> superclasses = new HashMap<>();
  private final Map<String, Optional<String>> classSupersededBy = new HashMap<>();
  private final Set<String> declaredDataTypes = new HashSet<>();
  private final Map<String, Property> properties = new HashMap<>();

  private SchemaOrgVocabulary(JsonNode graph) {
    for (JsonNode term : graph) {
      String id = term.path("@id").asText();
      if (!id.startsWith(PREFIX)) {
        continue;
      }
      String name = id.substring(PREFIX.length());
      List<String> types = ids(term.path("@type"));
      if (types.contains("rdfs:Class")) {
        superclasses.put(name, new HashSet<>(schemaIds(term.path("rdfs:subClassOf"))));
        classSupersededBy.put(name, schemaIds(term.path("schema:supersededBy")).stream().findFirst());
        if (types.contains("schema:DataType")) {
          declaredDataTypes.add(name);
        }
      } else if (types.contains("rdf:Property")) {
        properties.put(
            name,
            new Property(
                Set.copyOf(schemaIds(term.path("schema:domainIncludes"))),
                Set.copyOf(schemaIds(term.path("schema:rangeIncludes"))),
                schemaIds(term.path("schema:supersededBy")).stream().findFirst()));
      }
    }
  }

  /** Reads the vocabulary from the test resources. */
  static SchemaOrgVocabulary load() {
    try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return new SchemaOrgVocabulary(new ObjectMapper().readTree(in).path("@graph"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code name} is a class (data types included). */
  boolean isClass(String name) {
    return superclasses.containsKey(name);
  }

  /** The class that supersedes {@code name}, if it is superseded. */
  Optional<String> classSupersededBy(String name) {
    return classSupersededBy.getOrDefault(name, Optional.empty());
  }

  /** The property {@code name}, if the vocabulary has it. */
  Optional<Property> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /** Whether {@code type} is {@code ancestor} or one of its subclasses, at any depth. */
  boolean isA(String type, String ancestor) {
    if (type.equals(ancestor)) {
      return true;
    }
    return superclasses.getOrDefault(type, Set.of()).stream().anyMatch(parent -> isA(parent, ancestor));
  }

  /**
   * Whether {@code type} is a data type (Text, URL, Number, Date, Duration…): a class declared a
   * {@code schema:DataType}, or a subclass of one. Values of these are JSON literals.
   */
  boolean isDataType(String type) {
    return declaredDataTypes.stream().anyMatch(dataType -> isA(type, dataType));
  }

  /** How many classes and properties were read: a sanity check that the file was understood. */
  int size() {
    return superclasses.size() + properties.size();
  }

  private static List<String> ids(JsonNode value) {
    List<String> ids = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(element -> ids.addAll(ids(element)));
    } else if (value.isObject()) {
      ids.add(value.path("@id").asText());
    } else if (value.isTextual()) {
      ids.add(value.asText());
    }
    return ids;
  }

  private static List<String> schemaIds(JsonNode value) {
    return ids(value).stream()
        .filter(id -> id.startsWith(PREFIX))
        .map(id -> id.substring(PREFIX.length()))
        .toList();
  }
}
