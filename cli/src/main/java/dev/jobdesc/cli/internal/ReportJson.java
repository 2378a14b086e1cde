package dev.jobdesc.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The JSON generators of the JSON and SARIF reports. Beside what JSON escapes anyway (C0
 * controls), they escape DEL and the C1 controls, so that a document's text reaches a terminal
 * that prints a report only as {@code \}{@code u} escapes, never raw, and still round-trips exactly.
 */
final class ReportJson {
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .characterEscapes(new ControlEscapes())
          .build();

  private ReportJson() {}

  /** A generator writing to {@code out}; closing it leaves {@code out} open. */
  static JsonGenerator generator(Writer out) {
    try {
      return FACTORY.createGenerator(out);
    } catch (IOException e) {
      // Creating a generator over a Writer does no I/O.
      throw new UncheckedIOException(e);
    }
  }

  private static final class ControlEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int DELETE = 0x7F;
    private static final int LAST_C1 = 0x9F;

    private final int[] ascii = standardAsciiEscapesForJSON();

    ControlEscapes() {
      ascii[DELETE] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch > DELETE && ch <= LAST_C1 ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }
}
