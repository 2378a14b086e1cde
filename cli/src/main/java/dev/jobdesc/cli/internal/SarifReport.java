package dev.jobdesc.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SARIF 2.1.0 report, for code scanning and other CI viewers: one log with one run, written as
 * the batch goes (only one document is held at a time). The run's {@code tool.driver.rules} are
 * every rule the validator reports, written first; then one {@code result} per finding, with the
 * file as a relative URI ({@link ArtifactUris}), the line and column when known (in a
 * {@code .jsonl} file, the file's line), the JSON Pointer as the logical location, and the
 * finding's {@code actual}, {@code suggestions}, {@code span}, {@code source} and
 * {@code jurisdiction} as properties. The run's properties hold the batch's counts.
 *
 * @since 0.1
 */
public final class SarifReport implements Report {
  /** The OASIS Standard schema that the log follows (SARIF 2.1.0, errata 01). */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Where users learn about the tool. */
  static final String INFORMATION_URI = "https://github.com/jobdesc/jobdesc";

  private final PrintWriter out;
  private final JsonGenerator json;
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final ArtifactUris uris;

  /**
   * A report printing to {@code out}, describing {@code rules} as the rules of jobdesc
   * {@code version}, naming files relative to {@code base}; it writes the rules at once.
   */
  public SarifReport(PrintWriter out, List<Rule> rules, String version, Path base) {
    this.out = out;
    this.json = ReportJson.generator(out);
    this.uris = new ArtifactUris(base);
    try {
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "jobdesc");
      json.writeStringField("version", version);
      json.writeStringField("informationUri", INFORMATION_URI);
      json.writeArrayFieldStart("rules");
      for (Rule rule : rules) { // each once: Validator.getRules() lists a rule once
        ruleIndex.put(rule.getId(), ruleIndex.size());
        writeRule(rule);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("results");
    } catch (IOException e) {
      // A PrintWriter keeps its errors to itself (checkError), so none is expected here.
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void add(CheckedDocument document) {
    try {
      for (Finding finding : document.findings()) {
        writeResult(document.file(), finding);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish(Tally tally) {
    try {
      json.writeEndArray();
      ReportJson.writeCounts(json, "properties", tally);
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  /** The SARIF level of {@code severity}: {@code error}, {@code warning} or {@code note}. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** {@code pay-transparency.us-co.benefits} becomes {@code PayTransparencyUsCoBenefits}. */
  static String name(String ruleId) {
    StringBuilder name = new StringBuilder();
    for (String word : ruleId.split("[.-]")) {
      if (!word.isEmpty()) {
        name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    return name.toString();
  }

  private void writeRule(Rule rule) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.getId());
    String name = name(rule.getId());
    if (!name.equalsIgnoreCase(rule.getId())) { // SARIF 3.49.7: a name that repeats the id is left out
      json.writeStringField("name", name);
    }
    writeText("shortDescription", PlainText.firstSentence(rule.getDescription()));
    writeText("fullDescription", rule.getDescription());
    writeText(
        "help",
        rule.getSource().map(source -> rule.getDescription() + " Source: " + source)
            .orElse(rule.getDescription()));
    Optional<String> helpUri = rule.getSourceUrl().filter(SarifReport::isAbsoluteUri);
    if (helpUri.isPresent()) {
      json.writeStringField("helpUri", helpUri.get());
    }
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(rule.getSeverity()));
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeStringField("category", rule.getCategory());
    if (rule.getJurisdiction().isPresent()) {
      json.writeStringField("jurisdiction", rule.getJurisdiction().get());
    }
    Set<String> tags = new LinkedHashSet<>();
    tags.add(rule.getCategory());
    rule.getJurisdiction().ifPresent(tags::add);
    ReportJson.writeStrings(json, "tags", List.copyOf(tags));
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeResult(String file, Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.getRuleId());
    Integer index = ruleIndex.get(finding.getRuleId());
    if (index != null) {
      json.writeNumberField("ruleIndex", index);
    }
    json.writeStringField("level", level(finding.getSeverity()));
    writeText("message", finding.getMessage());
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    Optional<String> uri = uris.of(file);
    if (uri.isPresent()) {
      writePhysicalLocation(uri.get(), finding);
    }
    json.writeArrayFieldStart("logicalLocations");
    json.writeStartObject();
    json.writeStringField("fullyQualifiedName", finding.getPath());
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    writeProperties(finding);
    json.writeEndObject();
  }

  private void writePhysicalLocation(String uri, Finding finding) throws IOException {
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri);
    json.writeEndObject();
    if (finding.getLine().isPresent()) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", finding.getLine().getAsInt());
      if (finding.getColumn().isPresent()) {
        json.writeNumberField("startColumn", finding.getColumn().getAsInt());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private void writeProperties(Finding finding) throws IOException {
    boolean any =
        finding.getActual().isPresent()
            || !finding.getSuggestions().isEmpty()
            || finding.getSpan().isPresent()
            || finding.getSource().isPresent()
            || finding.getJurisdiction().isPresent();
    if (!any) {
      return;
    }
    json.writeObjectFieldStart("properties");
    ReportJson.writeDetails(json, finding);
    json.writeEndObject();
  }

  /** A SARIF message object, {@code {"text":TEXT}}. */
  private void writeText(String name, String text) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  /** Whether {@code text} is an absolute URI, as {@code helpUri} must be. */
  private static boolean isAbsoluteUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
