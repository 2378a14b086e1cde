package dev.jobdesc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.MarketPay;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.Statistic;
import dev.jobdesc.testkit.Samples;
import dev.jobdesc.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleDocumentsTest {
  private static final Path DOCUMENTS = Path.of("documents");

  static List<String> samples() {
    return Samples.FILE_NAMES;
  }

  private static JobDocument read(String fileName) {
    return DocumentReader.standard().parse(Samples.bytes(fileName), Format.YAML, fileName).orElseThrow();
  }

  @Test
  void theFolderHoldsExactlyTheFiveSamples() throws IOException {
    try (Stream<Path> files = Files.list(DOCUMENTS)) {
      Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      assertEquals(new TreeSet<>(Samples.FILE_NAMES), names);
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void eachSampleHasNoStructureFinding(String fileName) {
    ReadResult read = DocumentReader.standard().parse(Samples.bytes(fileName), Format.YAML, fileName);
    assertTrue(read.isSuccess(), () -> read.getProblems().toString());
    assertTrue(Validator.standard().validate(read).isClean(), () -> Validator.standard().validate(read).toString());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void eachSampleIdIsItsFileName(String fileName) {
    String base = fileName.replace(".role.yaml", "-role").replace(".yaml", "");
    assertEquals(base, read(fileName).getId().orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void convertingASampleIsLosslessAndIdempotent(String fileName) {
    JobDocument document = read(fileName);
    String json = DocumentWriter.standard().write(document, Format.JSON);
    JobDocument fromJson = DocumentReader.standard().read(json);
    assertEquals(document, fromJson);
    String yaml = DocumentWriter.standard().write(fromJson, Format.YAML);
    assertEquals(json, DocumentWriter.standard().write(DocumentReader.standard().read(yaml), Format.JSON));
  }

  @Test
  void templatesKeepTheirPlaceholders() {
    for (String fileName : Samples.FILE_NAMES.subList(0, 3)) {
      JobDescription job = (JobDescription) read(fileName);
      assertEquals(
          "[City, State]",
          job.getWorkplace().orElseThrow().getLocations().get(0).getLocality().orElseThrow(),
          fileName);
      assertTrue(
          job.getApplication().orElseThrow().getInstructions().orElseThrow()
              .contains("[email address or application portal]"),
          fileName);
    }
  }

  @Test
  void templatesHoldTheirPayRanges() {
    assertPay("mental-health-peer-specialist.yaml", "35000", "50000");
    assertPay("peer-support-specialist.yaml", "30000", "50000");
    assertPay("certified-peer-support-worker.yaml", "30000", "45000");
  }

  private static void assertPay(String fileName, String min, String max) {
    var pay = ((JobDescription) read(fileName)).getPay().orElseThrow();
    assertEquals(new BigDecimal(min), pay.getMinimum().orElseThrow());
    assertEquals(new BigDecimal(max), pay.getMaximum().orElseThrow());
    assertEquals("USD", pay.getCurrency().getCurrencyCode());
  }

  @Test
  void theCitySalaryTableKeepsAllSevenCurrencies() {
    Role role = (Role) read("mental-health-peer-specialist.role.yaml");
    Set<String> currencies =
        role.getMarketPay().stream()
            .map(p -> p.getCurrency().getCurrencyCode())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(List.of("CNY", "EUR", "GBP", "ILS", "INR", "SGD", "USD")), currencies);
    assertTrue(role.getMarketPay().stream().allMatch(p -> p.getLocation().isPresent()));
  }

  @Test
  void theBlsMedianKeepsItsDateAndScope() {
    Role role = (Role) read("peer-specialist.role.yaml");
    MarketPay median = role.getMarketPay().get(0);
    assertEquals(Statistic.MEDIAN, median.getStatistic());
    assertEquals(new BigDecimal("47660"), median.getAmount());
    assertEquals("2020-05", median.getAsOf().orElseThrow());
    assertTrue(median.getSource().orElseThrow().contains("Bureau of Labor Statistics"));
    assertTrue(median.getScope().orElseThrow().contains("mental health and substance abuse social workers"));
  }

  @Test
  void theQuickStartRunsAndReportsThePayMistakeItMakes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int findings = QuickStart.run(DOCUMENTS.resolve("peer-specialist.role.yaml"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, findings, out);
    assertTrue(out.contains("Peer Support Specialist\n======================="), out);
    assertTrue(out.contains("Pay range: $50,000–$35,000 per year"), out);
    assertTrue(out.contains("ERROR structure.pay.range-order The pay minimum 50000 is above the maximum 35000: swap them or correct one. (at /pay/minimum)"), out);
    assertTrue(out.contains("documents/peer-specialist.role.yaml: 0 findings"), out);
  }
}
