package dev.jobdesc.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  @Test
  void writesEveryPartOfAFindingThatIsPresent() {
    Finding located =
        Finding.builder()
            .ruleId("pay-transparency.us-co.benefits")
            .severity(Severity.WARNING)
            .path("/benefits")
            .message("Describe the benefits.")
            .location(3, 5)
            .actual("none")
            .span(new Span(4, 8))
            .suggestions(List.of("401(k) plan", "Health insurance"))
            .source("Colorado Equal Pay for Equal Work Act")
            .jurisdiction("US-CO")
            .build();
    Finding unlocated =
        Finding.builder()
            .ruleId("structure.required")
            .severity(Severity.ERROR)
            .path("")
            .message("Add a title.")
            .build();
    CheckedDocument document =
        new CheckedDocument("a.yaml", "a.yaml", "a", "role", List.of(located, unlocated));
    StringWriter text = new StringWriter();
    Tally tally = new Tally();
    tally.add(document);

    JsonReport report = new JsonReport(new PrintWriter(text));
    report.add(document);
    report.finish(tally);

    assertEquals(
        "{\"documents\":[{\"source\":\"a.yaml\",\"id\":\"a\",\"kind\":\"role\",\"findings\":["
            + "{\"ruleId\":\"pay-transparency.us-co.benefits\",\"severity\":\"WARNING\","
            + "\"path\":\"/benefits\",\"message\":\"Describe the benefits.\",\"line\":3,"
            + "\"column\":5,\"actual\":\"none\","
            + "\"suggestions\":[\"401(k) plan\",\"Health insurance\"],"
            + "\"span\":{\"start\":4,\"end\":8},"
            + "\"source\":\"Colorado Equal Pay for Equal Work Act\",\"jurisdiction\":\"US-CO\"},"
            + "{\"ruleId\":\"structure.required\",\"severity\":\"ERROR\",\"path\":\"\","
            + "\"message\":\"Add a title.\",\"line\":null,\"column\":null}]}],"
            + "\"summary\":{\"documents\":1,\"errors\":1,\"warnings\":1,\"infos\":0}}"
            + System.lineSeparator(),
        text.toString());
  }

  @Test
  void controlCharactersReachTheReportOnlyEscaped() throws IOException {
    Finding finding =
        Finding.builder()
            .ruleId("syntax")
            .severity(Severity.ERROR)
            .path("/a\u007f")
            .message("unknown key 'a\u001b[31m\u009b2J'")
            .build();
    CheckedDocument document = new CheckedDocument("a.yaml", "a.yaml", null, null, List.of(finding));
    StringWriter text = new StringWriter();
    Tally tally = new Tally();
    tally.add(document);

    JsonReport report = new JsonReport(new PrintWriter(text));
    report.add(document);
    report.finish(tally);

    String json = text.toString();
    assertFalse(json.chars().anyMatch(c -> c == 0x1b || c == 0x7f || c == 0x9b), json);
    JsonNode written = new ObjectMapper().readTree(json).get("documents").get(0).get("findings").get(0);
    assertEquals(finding.getPath(), written.get("path").asText());
    assertEquals(finding.getMessage(), written.get("message").asText());
  }
}
