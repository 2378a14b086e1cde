package dev.jobdesc.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jobdesc.validation.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.OptionalInt;

/**
 * The JSON report of cli.md, one object written as the batch goes (only one document is held at
 * a time):
 *
 * <pre>{@code
 * {"documents":[{"source":S,"id":ID|null,"kind":K|null,"findings":[{"ruleId","severity","path",
 *   "message","line","column", and when present "actual","suggestions","span":{"start","end"},
 *   "source","jurisdiction"}]}],
 *  "summary":{"documents":N,"errors":E,"warnings":W,"infos":I}}
 * }</pre>
 *
 * <p>{@code line} and {@code column} are {@code null} when unknown; {@code span} gives the UTF-16
 * offsets of the offending text within the value at {@code path}.
 *
 * @since 0.1
 */
public final class JsonReport implements Report {
  private final PrintWriter out;
  private final JsonGenerator json;

  /** A report printing to {@code out}; it starts the object at once. */
  public JsonReport(PrintWriter out) {
    this.out = out;
    this.json = ReportJson.generator(out);
    try {
      json.writeStartObject();
      json.writeArrayFieldStart("documents");
    } catch (IOException e) {
      // A PrintWriter keeps its errors to itself (checkError), so none is expected here.
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void add(CheckedDocument document) {
    try {
      json.writeStartObject();
      json.writeStringField("source", document.source());
      json.writeStringField("id", document.id());
      json.writeStringField("kind", document.kind());
      json.writeArrayFieldStart("findings");
      for (Finding finding : document.findings()) {
        write(finding);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish(Tally tally) {
    try {
      json.writeEndArray();
      ReportJson.writeCounts(json, "summary", tally);
      json.writeEndObject();
      json.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private void write(Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.getRuleId());
    json.writeStringField("severity", finding.getSeverity().name());
    json.writeStringField("path", finding.getPath());
    json.writeStringField("message", finding.getMessage());
    writeOptional("line", finding.getLine());
    writeOptional("column", finding.getColumn());
    ReportJson.writeDetails(json, finding);
    json.writeEndObject();
  }

  private void writeOptional(String name, OptionalInt value) throws IOException {
    json.writeFieldName(name);
    if (value.isPresent()) {
      json.writeNumber(value.getAsInt());
    } else {
      json.writeNull();
    }
  }
}
