package dev.jobdesc.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import dev.jobdesc.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code language} and {@code readability} profiles over the five samples (read from the
 * repository's {@code samples/documents}: testkit's {@code Samples} is not available to core).
 * The samples are peer-support postings and profiles written in plain, communal wording: they
 * hold no gendered, age-coded, jargon or ableist wording, so any such finding would be a false
 * positive; what they do get was reviewed and is pinned here, so a change to a list or a rule
 * that changes it is seen.
 */
class LanguageAndReadabilitySamplesTest {
  private static final Path SAMPLES = Path.of("..", "samples", "documents");
  private static final Validator VALIDATOR = Validator.builder().profiles("language", "readability").build();

  static Stream<Arguments> samples() {
    return Stream.of(
        // Each: file, findings per rule, and the gender-coding verdict.
        Arguments.of("certified-peer-support-worker.yaml",
            Map.of("language.gender-coding", 1, "readability.sentence-length", 3), "strongly feminine-coded"),
        Arguments.of("mental-health-peer-specialist.role.yaml",
            Map.of("language.gender-coding", 1, "readability.bullets", 1), "strongly feminine-coded"),
        Arguments.of("mental-health-peer-specialist.yaml",
            Map.of("language.gender-coding", 1, "readability.sentence-length", 5), "strongly feminine-coded"),
        Arguments.of("peer-specialist.role.yaml",
            Map.of("language.gender-coding", 1, "readability.bullets", 1), "feminine-coded"),
        Arguments.of("peer-support-specialist.yaml",
            Map.of("language.gender-coding", 1, "readability.length", 1, "readability.sentence-length", 2),
            "strongly feminine-coded"));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void eachSampleGetsWhatWasReviewed(String file, Map<String, Integer> expected, String verdict) throws IOException {
    ReadResult read = DocumentReader.standard().parse(SAMPLES.resolve(file));
    JobDocument document = read.getDocument().orElseThrow(() -> new AssertionError(read.getProblems()));
    List<Finding> findings = VALIDATOR.validate(read).getFindings().stream()
        .filter(f -> !f.getRuleId().startsWith("structure."))
        .toList();

    Map<String, Integer> counts = findings.stream()
        .collect(Collectors.groupingBy(Finding::getRuleId, TreeMap::new, Collectors.summingInt(f -> 1)));
    assertEquals(new TreeMap<>(expected), counts, () -> file + ": " + findings);

    Finding coding = findings.stream().filter(f -> f.getRuleId().equals("language.gender-coding")).findFirst().orElseThrow();
    assertTrue(coding.getMessage().contains("make the text " + verdict + ";"), coding.getMessage());
    assertEquals(Severity.INFO, coding.getSeverity());

    Map<String, String> strings = DocumentText.of(document).entries().stream()
        .collect(Collectors.toMap(DocumentText.Entry::pointer, DocumentText.Entry::text));
    for (Finding f : findings) {
      assertTrue(f.getSeverity() != Severity.ERROR, f::toString);
      assertTrue(f.getSource().isPresent(), f::toString);
      assertTrue(f.getLine().isPresent(), () -> "no line for " + f);
      if (f.getSpan().isPresent()) {
        // A span lies in the string at the finding's path, and actual is what it covers.
        String text = strings.get(f.getPath());
        Span span = f.getSpan().get();
        assertTrue(text != null && span.end() <= text.length(), f::toString);
        assertEquals(text.substring(span.start(), span.end()), f.getActual().orElseThrow());
      }
    }
  }
}
