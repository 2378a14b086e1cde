package dev.jobdesc.render.jsonld.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes that make the output safe inside an HTML {@code <script>} element: {@code <},
 * {@code >} and {@code &} become <code>&#92;u003c</code>, <code>&#92;u003e</code> and <code>&#92;u0026</code>, so data such
 * as {@code </script>} or {@code <!--} can never end the element or start a comment; U+2028 and
 * U+2029 become <code>&#92;u2028</code> and <code>&#92;u2029</code>, as older JavaScript parsers end a line there.
 * The JSON value is unchanged: a parser reads the same strings.
 */
final class ScriptSafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private static final SerializableString LESS_THAN = new SerializedString("\\u003c");
  private static final SerializableString GREATER_THAN = new SerializedString("\\u003e");
  private static final SerializableString AMPERSAND = new SerializedString("\\u0026");
  private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
  private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

  private final int[] asciiEscapes;

  ScriptSafeEscapes() {
    asciiEscapes = standardAsciiEscapesForJSON();
    asciiEscapes['<'] = ESCAPE_CUSTOM;
    asciiEscapes['>'] = ESCAPE_CUSTOM;
    asciiEscapes['&'] = ESCAPE_CUSTOM;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return asciiEscapes;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    // Jackson asks for every non-ASCII character too: a switch, not a boxed map look-up.
    return switch (ch) {
      case '<' -> LESS_THAN;
      case '>' -> GREATER_THAN;
      case '&' -> AMPERSAND;
      case 0x2028 -> LINE_SEPARATOR;
      case 0x2029 -> PARAGRAPH_SEPARATOR;
      default -> null;
    };
  }
}
