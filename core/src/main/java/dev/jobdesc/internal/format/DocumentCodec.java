package dev.jobdesc.internal.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.internal.format.Shape.ListOf;
import dev.jobdesc.internal.format.Shape.ObjectOf;
import dev.jobdesc.internal.format.Shape.Property;
import dev.jobdesc.internal.format.Shape.ValueType;
import dev.jobdesc.io.ReadLimits;
import dev.jobdesc.io.SourceMap;
import dev.jobdesc.io.SourcePosition;
import dev.jobdesc.model.DocumentKind;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Role;
import dev.jobdesc.validation.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes one document of format version 1: the envelope ({@code version},
 * {@code kind}), the shape of the rest, and the binding to the model through Jackson.
 */
public final class DocumentCodec {
  private static final String VERSION = "version";
  private static final String KIND = "kind";

  private DocumentCodec() {}

  /** What reading one document gave: the document, or the problems that stopped it. */
  public record Outcome(JobDocument document, List<Finding> problems, SourceMap sourceMap) {}

  /** Reads one document; never throws for bad input. */
  public static Outcome read(byte[] bytes, JsonFactory factory, ReadLimits limits) {
    Problems problems = new Problems();
    SourceTree tree = new TreeParser(limits, problems).parse(factory, bytes);
    if (tree == null) {
      return new Outcome(null, problems.toList(), SourceMap.empty());
    }
    SourceMap sourceMap = SourceMap.of(tree.positions());
    ObjectNode root = tree.root();
    DocumentKind kind = readEnvelope(root, tree.positions(), problems);
    if (kind == null) {
      return new Outcome(null, problems.toList(), sourceMap);
    }
    Shape shape = kind == DocumentKind.ROLE ? Shapes.ROLE : Shapes.JOB_DESCRIPTION;
    new ShapeChecker(tree.positions(), problems).checkObject(root, shape, "");
    if (!problems.isEmpty()) {
      return new Outcome(null, problems.toList(), sourceMap);
    }
    Class<? extends JobDocument> type =
        kind == DocumentKind.ROLE ? Role.class : JobDescription.class;
    try {
      return new Outcome(Mappers.JSON.treeToValue(root, type), List.of(), sourceMap);
    } catch (JsonMappingException | RuntimeException e) {
      // The shape check should have caught it; report it rather than fail the batch.
      String pointer = e instanceof JsonMappingException m ? pointerOf(m) : "";
      problems.add(pointer, sourceMap.find(pointer).orElse(null), SyntaxMessages.clean(e));
      return new Outcome(null, problems.toList(), sourceMap);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      problems.add("", null, SyntaxMessages.clean(e));
      return new Outcome(null, problems.toList(), sourceMap);
    }
  }

  /** The document as a canonical tree: envelope first, model.md's key order, shorthand. */
  public static ObjectNode toTree(JobDocument document) {
    ObjectNode body = Mappers.JSON.valueToTree(document);
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put(VERSION, 1);
    tree.put(KIND, document.documentKind().key());
    tree.setAll(body);
    Shape shape = document.documentKind() == DocumentKind.ROLE ? Shapes.ROLE : Shapes.JOB_DESCRIPTION;
    if (document instanceof JobDescription) {
      ((ObjectNode) tree.get("role")).remove("language"); // it is the job's, by construction
    }
    compact(tree, shape);
    return tree;
  }

  private static DocumentKind readEnvelope(
      ObjectNode root, Map<String, SourcePosition> positions, Problems problems) {
    JsonNode version = root.remove(VERSION);
    JsonNode kind = root.remove(KIND);
    SourcePosition top = positions.get("");
    boolean versionOk = true;
    if (version == null) {
      problems.add("", top, "missing required key 'version': write version: 1").actual(VERSION);
      versionOk = false;
    } else if (!version.isNumber() || version.decimalValue().compareTo(BigDecimal.ONE) != 0) {
      problems
          .add(
              "/" + VERSION,
              positions.get("/" + VERSION),
              "unsupported format version " + version.asText() + ": this reader reads version 1")
          .actual(version.asText());
      versionOk = false;
    }
    DocumentKind documentKind = null;
    if (kind == null) {
      problems
          .add("", top, "missing required key 'kind': write kind: job-description or kind: role")
          .actual(KIND);
    } else {
      documentKind = kind.isTextual() ? DocumentKind.ofKey(kind.textValue()).orElse(null) : null;
      if (documentKind == null) {
        problems
            .add(
                "/" + KIND,
                positions.get("/" + KIND),
                "unknown kind '" + kind.asText() + "': expected job-description or role")
            .actual(kind.asText());
      }
    }
    return versionOk ? documentKind : null;
  }

  /** Replaces each object that holds only its shorthand key by that key's text. */
  private static void compact(ObjectNode object, Shape shape) {
    object
        .fields()
        .forEachRemaining(
            field -> {
              Property property = shape.properties().get(field.getKey());
              if (property != null) {
                field.setValue(compact(field.getValue(), property.type()));
              }
            });
  }

  private static JsonNode compact(JsonNode node, ValueType type) {
    if (type instanceof ListOf listOf && node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, compact(array.get(i), listOf.element()));
      }
    } else if (type instanceof ObjectOf objectOf && node.isObject()) {
      Shape shape = objectOf.shape();
      String key = shape.shorthandKey().orElse(null);
      if (key != null && node.size() == 1 && node.has(key)) {
        return node.get(key);
      }
      compact((ObjectNode) node, shape);
    }
    return node;
  }

  private static String pointerOf(JsonMappingException e) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      pointer.append('/');
      if (reference.getFieldName() != null) {
        pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(reference.getIndex());
      }
    }
    return pointer.toString();
  }
}
