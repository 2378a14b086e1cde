package dev.jobdesc.internal.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.jobdesc.io.ReadLimits;
import dev.jobdesc.io.SourcePosition;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses one document into a tree, recording the position of every value, trimming text, dropping
 * empty values (model.md: empty strings are absent), and refusing what format version 1 never
 * needs: duplicate keys, YAML aliases and tags, non-finite or absurd numbers, input beyond the
 * limits. One instance per read; not thread-safe.
 */
final class TreeParser {
  /** More integer digits than any pay or year count needs; guards BigDecimal arithmetic. */
  private static final int MAX_INTEGER_DIGITS = 15;

  private static final int MAX_FRACTION_DIGITS = 10;

  private static final SourcePosition START = new SourcePosition(1, 1);

  private final ReadLimits limits;
  private final Problems problems;
  /** Sized for a large posting's hundreds of values, so that it is not rehashed as it grows. */
  private final Map<String, SourcePosition> positions = new HashMap<>(512);
  private String pointer = "";
  private JsonParser parser;

  TreeParser(ReadLimits limits, Problems problems) {
    this.limits = limits;
    this.problems = problems;
  }

  /** The tree, or {@code null} when a problem stopped the parse (it is in the problems). */
  SourceTree parse(JsonFactory factory, byte[] bytes) {
    if (bytes.length > limits.maxDocumentBytes()) {
      problems.add(
          "",
          new SourcePosition(1, 1),
          "the document is larger than the limit of " + limits.maxDocumentBytes() + " bytes");
      return null;
    }
    if (!(factory instanceof YAMLFactory) && looksWide(bytes)) {
      // Jackson would decode such JSON as UTF-16 or UTF-32 and read it; the format is UTF-8.
      problems.add(
          "",
          START,
          "the document is not UTF-8 text: it starts as UTF-16 or UTF-32 text does (a byte order"
              + " mark or NUL bytes); save it as UTF-8");
      return null;
    }
    try (JsonParser p = factory.createParser(bytes)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add("", new SourcePosition(1, 1), "the document is empty");
        return null;
      }
      if (first != JsonToken.START_OBJECT) {
        problems.add(
            "",
            position(p),
            "a document is a mapping of keys to values, starting with version and kind; found "
                + describe(first));
        return null;
      }
      positions.put("", position(p));
      refuseYamlSpecials(p); // a tag on the document itself: --- !tag
      ObjectNode root = readObject(p, 1);
      pointer = "";
      JsonToken extra = p.nextToken();
      if (extra != null) {
        problems.add(
            "",
            position(p),
            "the file holds more than one document; put one document in each file, or use JSON"
                + " Lines (.jsonl)");
      }
      // Non-fatal problems (duplicate keys, bad numbers) leave a usable tree: checking it too
      // reports every other problem of the document in the same pass.
      return new SourceTree(root, positions);
    } catch (Problems.Abort stopped) {
      return null;
    } catch (StreamConstraintsException e) {
      // Jackson checks some limits (a number's length, for one) without a location.
      problems.add(
          pointer,
          orNearest(position(e.getLocation())),
          "over a reader limit: " + e.getOriginalMessage());
      return null;
    } catch (JsonProcessingException e) {
      problems.add(pointer, orNearest(SyntaxMessages.position(e, bytes)), SyntaxMessages.clean(e));
      return null;
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports some malformed input (bad UTF-8, for one) with its own exceptions, and
      // Jackson's decoders theirs (CharConversionException), all without a location.
      problems.add(pointer, orNearest(null), SyntaxMessages.clean(e));
      return null;
    }
  }

  /**
   * {@code known}, else the nearest place known: where the parser stopped (Jackson checks a
   * number's length while it reads the key before it), else the value being read, else the
   * document's start. Every finding of a file has a line.
   */
  private SourcePosition orNearest(SourcePosition known) {
    if (known != null) {
      return known;
    }
    SourcePosition stopped = parser == null ? null : position(parser.currentLocation());
    return stopped != null ? stopped : positions.getOrDefault(pointer, START);
  }

  /**
   * Whether JSON text starts as Jackson's encoding detection reads UTF-16 or UTF-32: a UTF-16 byte
   * order mark, or a NUL byte among the first four, which UTF-8 JSON never has.
   */
  private static boolean looksWide(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return true;
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private JsonNode readValue(JsonParser p, int depth) throws IOException {
    JsonToken token = p.currentToken();
    refuseYamlSpecials(p);
    switch (token) {
      case START_OBJECT:
        return readObject(p, depth + 1);
      case START_ARRAY:
        return readArray(p, depth + 1);
      case VALUE_STRING:
        return readText(p);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return readNumber(p);
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return null;
      default:
        problems.add(pointer, position(p), "unsupported value: " + describe(token));
        p.skipChildren();
        return null;
    }
  }

  private ObjectNode readObject(JsonParser p, int depth) throws IOException {
    checkDepth(p, depth);
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    String parent = pointer;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      SourcePosition keyPosition = position(p);
      pointer = Pointers.child(parent, key);
      p.nextToken();
      // The key's pointer is unique in its object: the position map finds a duplicate too.
      SourcePosition first = positions.putIfAbsent(pointer, keyPosition);
      if (first != null) {
        problems.add(
            pointer,
            keyPosition,
            "duplicate key '" + key + "' (first at line " + first.line() + "); keep one of them");
        readValue(p, depth); // parse it anyway: problems inside it are worth reporting too
        continue;
      }
      JsonNode value = readValue(p, depth);
      if (value != null) {
        object.set(key, value);
      }
    }
    pointer = parent;
    return object;
  }

  private ArrayNode readArray(JsonParser p, int depth) throws IOException {
    checkDepth(p, depth);
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    String parent = pointer;
    int count = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (++count > limits.maxListSize()) {
        throw problems.abort(
            parent, position(p), "the list has more than " + limits.maxListSize() + " items");
      }
      pointer = Pointers.child(parent, array.size());
      SourcePosition itemPosition = position(p);
      JsonNode value = readValue(p, depth);
      if (value != null) {
        positions.put(pointer, itemPosition);
        array.add(value);
      }
    }
    pointer = parent;
    return array;
  }

  private JsonNode readText(JsonParser p) throws IOException {
    int length = p.getTextLength();
    if (length > limits.maxStringLength()) {
      throw problems.abort(
          pointer,
          position(p),
          "the text is "
              + length
              + " characters, over the limit of "
              + limits.maxStringLength());
    }
    String text = p.getText().strip();
    return text.isEmpty() ? null : TextNode.valueOf(text);
  }

  private JsonNode readNumber(JsonParser p) throws IOException {
    BigDecimal value;
    try {
      value = p.getDecimalValue();
    } catch (NumberFormatException | JsonProcessingException e) { // NaN, Infinity (YAML .nan, .inf)
      problems.add(pointer, position(p), "'" + p.getText() + "' is not a finite decimal number");
      return null;
    }
    if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      problems.add(
          pointer,
          position(p),
          "the number " + p.getText() + " is too large (at most " + MAX_INTEGER_DIGITS + " digits)");
      return null;
    }
    if (value.scale() > MAX_FRACTION_DIGITS) {
      problems.add(
          pointer,
          position(p),
          "the number "
              + p.getText()
              + " has too many decimal places (at most "
              + MAX_FRACTION_DIGITS
              + ")");
      return null;
    }
    // 1E+3 and 1000 are the same amount; keep one spelling so that writing and reading agree.
    return DecimalNode.valueOf(value.scale() < 0 ? value.setScale(0) : value);
  }

  private void refuseYamlSpecials(JsonParser p) throws IOException {
    if (!(p instanceof YAMLParser)) {
      return;
    }
    YAMLParser yaml = (YAMLParser) p;
    if (yaml.isCurrentAlias()) {
      throw problems.abort(
          pointer,
          position(p),
          "YAML aliases (*" + p.getText() + ") are not supported: write the value out in full");
    }
    String tag = yaml.getTypeId();
    if (tag != null) {
      throw problems.abort(
          pointer, position(p), "YAML tags (" + tag + ") are not supported: remove the tag");
    }
  }

  private void checkDepth(JsonParser p, int depth) {
    if (depth > limits.maxDepth()) {
      throw problems.abort(
          pointer, position(p), "nesting is deeper than the limit of " + limits.maxDepth());
    }
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  private static SourcePosition position(JsonParser p) {
    return position(p.currentTokenLocation());
  }

  static SourcePosition position(JsonLocation location) {
    if (location == null || location.getLineNr() <= 0) {
      return null;
    }
    return new SourcePosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }
}
