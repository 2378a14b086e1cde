package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.jobdesc.cli.internal.FormatSchema;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.io.JsonSchemas;
import dev.jobdesc.model.DocumentKind;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.testkit.Breakage;
import dev.jobdesc.testkit.CaseSeeds;
import dev.jobdesc.testkit.DocumentGenerator;
import dev.jobdesc.testkit.InvalidDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of format v1, as {@code jobdesc schema} prints it, checked by an independent
 * validator: every sample and every generated document passes, and documents with a structural
 * error fail wherever JSON Schema can state the rule.
 */
class SchemaValidationTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final FormatSchema EITHER = FormatSchema.of(CliRun.of("schema").out());
  private static final FormatSchema JOB_DESCRIPTION =
      FormatSchema.of(CliRun.of("schema", "--kind", "job-description").out());
  private static final FormatSchema ROLE = FormatSchema.of(CliRun.of("schema", "--kind", "role").out());

  /** The sample folders, from the module directory Maven runs tests in. */
  private static final List<Path> SAMPLES =
      List.of(Path.of("../samples/documents"), Path.of("../samples/published"));

  /**
   * The breakages JSON Schema cannot state, because each compares two values or needs a table the
   * schema does not carry: pay minimum ≤ maximum, a currency's fraction digits (which digits a
   * currency has is the JDK's table), experience tiers in increasing minYears, a tier's maxYears
   * not past the next tier's minYears, unique tier levels (uniqueItems compares whole items),
   * a tier's minYears ≤ maxYears, posted ≤ validThrough.
   */
  private static final Set<Breakage> NOT_EXPRESSIBLE =
      EnumSet.of(
          Breakage.PAY_RANGE_ORDER,
          Breakage.PAY_FRACTION_DIGITS,
          Breakage.TIER_ORDER,
          Breakage.TIER_OVERLAP,
          Breakage.TIER_DUPLICATE_LEVEL,
          Breakage.TIER_YEARS,
          Breakage.DATES_ORDER);

  private static final int CASES_PER_BREAKAGE = 50;

  static Stream<Path> samples() throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    for (Path folder : SAMPLES) {
      try (Stream<Path> listed = Files.list(folder)) {
        listed.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  @Test
  void everySampleFolderHoldsSamples() throws IOException {
    assertEquals(6, samples().count()); // a moved folder must not pass as "every sample is valid"
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everySampleIsValid(Path sample) throws IOException {
    JsonNode document = YAML.readTree(sample.toFile());

    assertEquals(List.of(), EITHER.errors(document));
    FormatSchema own = document.get("kind").asText().equals("role") ? ROLE : JOB_DESCRIPTION;
    assertEquals(List.of(), own.errors(document));
  }

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void everyGeneratedDocumentIsValid(long seed) {
    JobDocument document = DocumentGenerator.withSeed(seed).document();
    String json = DocumentWriter.standard().write(document, Format.JSON);

    assertEquals(List.of(), EITHER.errors(json), () -> CaseSeeds.replay(seed) + "\n" + json);
  }

  @ParameterizedTest
  @EnumSource(Breakage.class)
  void aBreakageIsRejectedWhereverJsonSchemaCanStateItsRule(Breakage breakage) {
    CaseSeeds.seeds(CASES_PER_BREAKAGE)
        .forEach(
            seed -> {
              InvalidDocument broken =
                  breakage.apply(
                      DocumentGenerator.withSeed(seed).jobDescription(), new SplittableRandom(seed));
              String json = DocumentWriter.standard().write(broken.document(), Format.JSON);
              List<String> errors = EITHER.errors(json);
              if (NOT_EXPRESSIBLE.contains(breakage) || withinCodePoints(broken)) {
                // Keeps the list above true: a schema that learns a rule moves it out.
                assertEquals(List.of(), errors, () -> breakage + ", " + CaseSeeds.replay(seed));
              } else {
                assertFalse(errors.isEmpty(), () -> breakage + " passed, " + CaseSeeds.replay(seed) + "\n" + json);
              }
            });
  }

  /**
   * Whether a too-long title is within 120 code points: maxLength counts code points, Java's
   * {@code @Size} UTF-16 units, so a title of characters beyond the BMP can pass the schema.
   */
  private static boolean withinCodePoints(InvalidDocument broken) {
    String title = broken.document().getRole().getTitle();
    return broken.breakage() == Breakage.TITLE_TOO_LONG
        && title.codePointCount(0, title.length()) <= 120;
  }

  static Stream<Object[]> structuralErrors() {
    return Stream.of(
        error("an unknown key", d -> d.put("salary", 50000)),
        error("an unknown key in an object", d -> pay(d).put("bonus", 1)),
        error("an unknown key in a shorthand item's object", d -> responsibilities(d).addObject().put("text", "x").put("txt", "x")),
        error("a misspelt enum value", d -> pay(d).put("period", "year")),
        error("an enum value in another spelling", d -> d.putObject("employment").putArray("types").add("FULL-TIME")),
        error("version 2", d -> d.put("version", 2)),
        error("version as text", d -> d.put("version", "1")),
        error("an unknown kind", d -> d.put("kind", "posting")),
        error("no version", d -> d.remove("version")),
        error("no kind", d -> d.remove("kind")),
        error("responsibilities not a list", d -> d.put("responsibilities", "Support clients")),
        error("a pay amount as text", d -> pay(d).put("minimum", "35000")),
        error("a boolean as text", d -> responsibilities(d).addObject().put("text", "x").put("essential", "yes")),
        error("a number for a list of strings", d -> d.put("brief", 3)),
        error("no role", d -> d.remove("role")),
        error("a role without title", d -> ((ObjectNode) d.get("role")).remove("title")),
        error("a pay without currency", d -> pay(d).remove("currency")),
        error("no responsibilities", d -> d.remove("responsibilities")),
        error("empty responsibilities", d -> d.putArray("responsibilities")),
        error("empty qualifications", d -> d.putArray("qualifications")),
        error("a negative amount", d -> pay(d).put("minimum", -1)),
        error("a zero amount", d -> pay(d).put("maximum", 0)),
        error("an id with a space", d -> d.put("id", "job 42")),
        error("an id of 65 characters", d -> d.put("id", "a".repeat(65))),
        error("a currency of 4 letters", d -> pay(d).put("currency", "USDX")),
        error("a currency in lower case", d -> pay(d).put("currency", "usd")),
        error("a date that does not exist", d -> d.putObject("dates").put("posted", "2025-02-29")),
        error("a date in another format", d -> d.putObject("dates").put("posted", "03/01/2025")),
        error("a blank responsibility", d -> responsibilities(d).add("   ")),
        error("a section as a plain string", d -> d.putArray("sections").add("Benefits")),
        error("a language inside the embedded role", d -> ((ObjectNode) d.get("role")).put("language", "en-US")),
        error("a role document's key in a job description", d -> d.putArray("faqs")),
        error("a null value", d -> d.putNull("reportsTo")),
        error("a title over 120 characters", d -> ((ObjectNode) d.get("role")).put("title", "T".repeat(121))),
        error("an O*NET-SOC code of another shape", d -> ((ObjectNode) d.get("role")).putArray("occupations").addObject().put("scheme", "O*NET-SOC").put("code", "21-1094.0")));
  }

  private static Object[] error(String name, Consumer<ObjectNode> change) {
    return new Object[] {name, change};
  }

  private static ObjectNode pay(ObjectNode document) {
    return (ObjectNode) document.get("pay");
  }

  private static ArrayNode responsibilities(ObjectNode document) {
    return (ArrayNode) document.get("responsibilities");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structuralErrors")
  void aDocumentWithAStructuralErrorIsRejected(String name, Consumer<ObjectNode> change)
      throws IOException {
    ObjectNode document = largestSample();
    assertEquals(List.of(), EITHER.errors(document), "the sample must be valid to begin with");

    change.accept(document);

    assertFalse(EITHER.errors(document).isEmpty(), name + " passed");
    assertFalse(JOB_DESCRIPTION.errors(document).isEmpty(), name + " passed the job-description schema");
  }

  @Test
  void theShorthandAndTheObjectFormAreBothValid() throws IOException {
    ObjectNode document = largestSample();
    responsibilities(document).add("A plain responsibility");
    responsibilities(document).addObject().put("text", "An object one").put("essential", false);
    ((ArrayNode) document.get("benefits")).add("Dental").addObject().put("name", "Vision").put("category", "VISION");

    assertEquals(List.of(), EITHER.errors(document));
  }

  @Test
  void aRoleDocumentIsCheckedAsARole() throws IOException {
    ObjectNode role = (ObjectNode) YAML.readTree(Path.of("../samples/documents/peer-specialist.role.yaml").toFile());
    assertEquals(List.of(), EITHER.errors(role));

    role.putArray("responsibilities").add("A job description's key");

    assertFalse(EITHER.errors(role).isEmpty());
    assertFalse(ROLE.errors(role).isEmpty());
    assertFalse(JOB_DESCRIPTION.errors(role).isEmpty(), "kind role must fail the job-description schema");
  }

  @Test
  void theCommandPrintsWhatTheLibraryServes() {
    assertEquals(JsonSchemas.schema(DocumentKind.ROLE), CliRun.of("schema", "--kind", "role").out());
  }

  private static ObjectNode largestSample() throws IOException {
    return (ObjectNode) YAML.readTree(Path.of("../samples/documents/mental-health-peer-specialist.yaml").toFile());
  }
}
