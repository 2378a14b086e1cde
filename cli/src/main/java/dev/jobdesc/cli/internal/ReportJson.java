package dev.jobdesc.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * The JSON generators of the JSON and SARIF reports. Beside what JSON escapes anyway (C0
 * controls), they escape DEL and the C1 controls, so that a document's text reaches a terminal
 * that prints a report only as {@code \}{@code u} escapes, never raw, and still round-trips exactly.
 * And the parts of a finding that both reports write alike.
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

  /**
   * The parts of {@code finding} beyond its rule, severity, place and message, those present:
   * {@code "actual"}, {@code "suggestions"}, {@code "span":{"start","end"}}, {@code "source"},
   * {@code "jurisdiction"}.
   */
  static void writeDetails(JsonGenerator json, Finding finding) throws IOException {
    writeIfPresent(json, "actual", finding.getActual());
    if (!finding.getSuggestions().isEmpty()) {
      writeStrings(json, "suggestions", finding.getSuggestions());
    }
    if (finding.getSpan().isPresent()) {
      Span span = finding.getSpan().get();
      json.writeObjectFieldStart("span");
      json.writeNumberField("start", span.start());
      json.writeNumberField("end", span.end());
      json.writeEndObject();
    }
    writeIfPresent(json, "source", finding.getSource());
    writeIfPresent(json, "jurisdiction", finding.getJurisdiction());
  }

  /** {@code "name":[...]}. */
  /** Writes the object {@code name} holding the batch's counts of documents and of each severity. */
  static void writeCounts(JsonGenerator json, String name, Tally tally) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("documents", tally.documents());
    json.writeNumberField("errors", tally.count(Severity.ERROR));
    json.writeNumberField("warnings", tally.count(Severity.WARNING));
    json.writeNumberField("infos", tally.count(Severity.INFO));
    json.writeEndObject();
  }

  static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void writeIfPresent(JsonGenerator json, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
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
