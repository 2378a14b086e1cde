package dev.jobdesc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Role;
import dev.jobdesc.validation.Finding;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
  private static final DocumentReader READER = DocumentReader.standard();

  /** A minimal valid job description; tests append or replace lines. */
  static final String MINIMAL =
      """
      version: 1
      kind: job-description
      role:
        title: Peer Specialist
      responsibilities:
        - Facilitate support groups
      qualifications:
        - Lived experience of recovery
      """;

  private static ReadResult parse(String yaml) {
    return READER.parse(yaml, "test.yaml");
  }

  private static Finding onlyProblem(ReadResult result) {
    assertFalse(result.isSuccess(), "expected the read to fail");
    assertEquals(1, result.getProblems().size(), () -> "problems: " + result.getProblems());
    Finding problem = result.getProblems().get(0);
    assertEquals(Finding.SYNTAX, problem.getRuleId());
    return problem;
  }

  private static void assertAt(Finding finding, String path, int line, int column) {
    assertEquals(path, finding.getPath(), finding::toString);
    assertEquals(line, finding.getLine().orElse(0), finding::toString);
    assertEquals(column, finding.getColumn().orElse(0), finding::toString);
  }

  @Test
  void readsAMinimalJobDescriptionWithItsDefaults() {
    JobDescription job = READER.read(MINIMAL, JobDescription.class);
    assertEquals("Peer Specialist", job.getRole().getTitle());
    assertEquals(Locale.forLanguageTag("en-US"), job.getLanguage());
    assertTrue(job.getResponsibilities().get(0).isEssential());
  }

  @Test
  void unknownKeyNamesKeyPathLineAndTheKeyMeant() {
    Finding problem = onlyProblem(parse(MINIMAL.replace("  title: Peer", "  titel: Peer")));
    assertAt(problem, "/role/titel", 4, 3);
    assertTrue(problem.getMessage().contains("unknown key 'titel' in Role"), problem::getMessage);
    assertEquals(List.of("title"), problem.getSuggestions());
  }

  @Test
  void unknownKeyFarFromAnyListsTheAllowedKeys() {
    Finding problem = onlyProblem(parse(MINIMAL + "salary: 3\n"));
    assertAt(problem, "/salary", 9, 1);
    assertTrue(problem.getMessage().contains("allowed keys: id, language, role, title"));
  }

  @Test
  void everyProblemOfADocumentIsReportedInOnePass() {
    String yaml =
        MINIMAL.replace("  title: Peer", "  titel: Peer")
            + "employment: {types: [FULLTIME]}\npay: {minimum: 1, currency: usd, period: YEAR}\n";
    ReadResult result = parse(yaml);
    List<String> paths =
        result.getProblems().stream().map(Finding::getPath).collect(Collectors.toList());
    assertEquals(
        List.of("/role/titel", "/employment/types/0", "/pay/currency"), paths);
  }

  @Test
  void duplicateKeysAreErrorsWithBothLines() {
    Finding problem = onlyProblem(parse(MINIMAL + "id: a\nid: b\n"));
    assertAt(problem, "/id", 10, 1);
    assertTrue(problem.getMessage().contains("duplicate key 'id' (first at line 9)"));
  }

  @Test
  void duplicateKeysInJsonToo() {
    String json =
        "{\"version\":1,\"kind\":\"role\",\"title\":\"A\",\"title\":\"B\"}";
    Finding problem = onlyProblem(READER.parse(json, "x.json"));
    assertAt(problem, "/title", 1, 40);
  }

  @Test
  void enumValuesMatchExactlyAndListTheAllowedOnes() {
    Finding problem = onlyProblem(parse(MINIMAL + "employment: {types: [full_time]}\n"));
    assertAt(problem, "/employment/types/0", 9, 22);
    assertTrue(
        problem.getMessage().startsWith("'full_time' is not one of FULL_TIME, PART_TIME,"),
        problem::getMessage);
    assertEquals(List.of("FULL_TIME"), problem.getSuggestions());
    for (String spelling : List.of("FULLTIME", "full-time", "Full Time")) {
      Finding other = onlyProblem(parse(MINIMAL + "employment: {types: [" + spelling + "]}\n"));
      assertEquals(List.of("FULL_TIME"), other.getSuggestions(), spelling);
    }
    Finding none = onlyProblem(parse(MINIMAL + "employment: {types: [SALARIED]}\n"));
    assertEquals(List.of(), none.getSuggestions());
  }

  @Test
  void wrongVersionKindAndMissingEnvelopeAreClearErrors() {
    Finding version = onlyProblem(parse(MINIMAL.replace("version: 1", "version: 2")));
    assertAt(version, "/version", 1, 1);
    assertTrue(version.getMessage().contains("unsupported format version 2"));

    Finding kind = onlyProblem(parse(MINIMAL.replace("kind: job-description", "kind: posting")));
    assertAt(kind, "/kind", 2, 1);
    assertTrue(kind.getMessage().contains("expected job-description or role"));

    ReadResult neither = parse(MINIMAL.replace("version: 1\nkind: job-description\n", ""));
    assertEquals(2, neither.getProblems().size(), neither.getProblems()::toString);
  }

  @Test
  void missingRequiredKeyIsReportedAtItsObject() {
    Finding problem = onlyProblem(parse(MINIMAL.replace("  title: Peer Specialist\n", "  summary: [x]\n")));
    assertEquals("/role", problem.getPath());
    assertTrue(problem.getMessage().contains("missing required key 'title' in Role"));
  }

  @Test
  void wrongValueTypesAreReported() {
    Finding problem = onlyProblem(parse(MINIMAL + "pay: {minimum: lots, currency: USD, period: YEAR}\n"));
    assertAt(problem, "/pay/minimum", 9, 7);
    assertEquals("expected a number, found the text 'lots'", problem.getMessage());

    Finding list = onlyProblem(parse(MINIMAL + "benefits: Health insurance\n"));
    assertEquals("/benefits", list.getPath());
  }

  @Test
  void theOntarioDisclosuresAreTrueFalseOrAbsent() {
    JobDescription silent = READER.read(MINIMAL + "application: {email: jobs@example.org}\n", JobDescription.class);
    assertEquals(Optional.empty(), silent.getExistingVacancy());
    assertEquals(Optional.empty(), silent.getApplication().orElseThrow().getAiScreening());

    JobDescription stated =
        READER.read(
            MINIMAL + "application:\n  email: jobs@example.org\n  aiScreening: true\nexistingVacancy: false\n",
            JobDescription.class);
    assertEquals(Optional.of(false), stated.getExistingVacancy());
    assertEquals(Optional.of(true), stated.getApplication().orElseThrow().getAiScreening());
  }

  @Test
  void aDisclosureThatIsNotABooleanIsASyntaxFindingAtItsKey() {
    Finding word = onlyProblem(parse(MINIMAL + "existingVacancy: yes\n"));
    assertAt(word, "/existingVacancy", 9, 1);
    assertEquals("expected true or false, found the text 'yes'", word.getMessage());

    Finding quoted =
        onlyProblem(parse(MINIMAL + "application:\n  email: jobs@example.org\n  aiScreening: 'false'\n"));
    assertAt(quoted, "/application/aiScreening", 11, 3);
    assertEquals("expected true or false, found the text 'false'", quoted.getMessage());

    String json =
        "{\"version\":1,\"kind\":\"job-description\",\"role\":{\"title\":\"T\"},\"responsibilities\":[\"R\"],"
            + "\"qualifications\":[\"Q\"],\n\"application\":{\"email\":\"jobs@example.org\",\"aiScreening\":1}}";
    Finding number = onlyProblem(READER.parse(json, "x.json"));
    assertAt(number, "/application/aiScreening", 2, 43);
    assertEquals("expected true or false, found the number 1", number.getMessage());
  }

  @Test
  void plainStringsAreTheShorthandOfTheirObject() {
    JobDescription shorthand = READER.read(MINIMAL + "benefits: [Paid time off]\n", JobDescription.class);
    JobDescription full =
        READER.read(MINIMAL + "benefits: [{name: Paid time off}]\n", JobDescription.class);
    assertEquals(full, shorthand);
    assertEquals(List.of(Benefit.of("Paid time off")), shorthand.getBenefits());
  }

  @Test
  void textIsTrimmedAndEmptyStringsAreAbsent() {
    JobDescription job =
        READER.read(
            MINIMAL.replace("Peer Specialist", "'  Peer Specialist  '") + "reportsTo: ''\n",
            JobDescription.class);
    assertEquals("Peer Specialist", job.getRole().getTitle());
    assertTrue(job.getReportsTo().isEmpty());
  }

  @Test
  void yamlScalarsThatLookLikeOtherTypesStayText() {
    JobDescription job =
        READER.read(
            MINIMAL
                + "workplace: {arrangement: ON_SITE, locations: [{country: NO, postalCode: 80202}]}\n",
            JobDescription.class);
    var location = job.getWorkplace().orElseThrow().getLocations().get(0);
    assertEquals("NO", location.getCountry());
    assertEquals("80202", location.getPostalCode().orElseThrow());
  }

  @Test
  void amountsAreExactDecimals() {
    JobDescription job =
        READER.read(
            MINIMAL + "pay: {minimum: 17.50, maximum: 1E+3, currency: USD, period: HOUR}\n",
            JobDescription.class);
    assertEquals(new BigDecimal("17.50"), job.getPay().orElseThrow().getMinimum().orElseThrow());
    assertEquals(new BigDecimal("1000"), job.getPay().orElseThrow().getMaximum().orElseThrow());
  }

  @Test
  void absurdAndNonFiniteNumbersAreRefused() {
    Finding huge = onlyProblem(parse(MINIMAL + "pay: {minimum: 1e999999, currency: USD, period: YEAR}\n"));
    assertTrue(huge.getMessage().contains("too large"), huge::getMessage);
    Finding nan = onlyProblem(parse(MINIMAL + "pay: {minimum: .nan, currency: USD, period: YEAR}\n"));
    assertTrue(nan.getMessage().contains("not a finite decimal number"), nan::getMessage);
  }

  @Test
  void yamlAliasesAndTagsAreRefused() {
    String bomb =
        "version: 1\nkind: role\ntitle: &a x\nalternateTitles: [*a, *a]\n";
    Finding alias = onlyProblem(parse(bomb));
    assertTrue(alias.getMessage().contains("YAML aliases (*a) are not supported"), alias::getMessage);
    Finding tag = onlyProblem(parse("version: 1\nkind: role\ntitle: !!python/object x\n"));
    assertTrue(tag.getMessage().contains("YAML tags"), tag::getMessage);
  }

  @Test
  void limitsAreEnforcedWithMessagesNamingThem() {
    ReadLimits small = new ReadLimits(4096, 50, 3, 5);
    DocumentReader reader = DocumentReader.withLimits(small);
    Finding text =
        onlyProblem(reader.parse(MINIMAL.replace("Peer Specialist", "x".repeat(51)), "t.yaml"));
    assertTrue(text.getMessage().contains("over the limit of 50"), text::getMessage);
    Finding list = onlyProblem(reader.parse(MINIMAL + "brief: [a, b, c, d]\n", "t.yaml"));
    assertTrue(list.getMessage().contains("more than 3 items"), list::getMessage);
    Finding size = onlyProblem(reader.parse(MINIMAL + "brief: [" + "a".repeat(5000) + "]\n", "t.yaml"));
    assertTrue(size.getMessage().contains("larger than the limit of 4096 bytes"), size::getMessage);
    Finding depth =
        onlyProblem(reader.parse(MINIMAL + "brief: [[[[[[x]]]]]]\n", "t.yaml"));
    assertTrue(depth.getMessage().contains("deeper than the limit of 5"), depth::getMessage);
  }

  @Test
  void deepNestingNeverOverflowsTheStack() {
    String json = "{\"version\":1,\"kind\":\"role\",\"title\":" + "[".repeat(100_000);
    ReadResult result = READER.parse(json, "deep.json");
    assertFalse(result.isSuccess());
  }

  @Test
  void malformedInputIsASyntaxFindingWithALocation() {
    Finding yaml = onlyProblem(parse("version: 1\nkind: role\ntitle: [unclosed\n"));
    assertEquals(4, yaml.getLine().orElse(0));
    assertTrue(yaml.getMessage().startsWith("the YAML could not be parsed"), yaml::getMessage);

    Finding json = onlyProblem(READER.parse("{\"version\": 1, \"kind\": ", "x.json"));
    assertTrue(json.getLine().isPresent());

    byte[] badUtf8 = {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
    assertTrue(onlyProblem(READER.parse(badUtf8, Format.JSON, "bad.json")).getLine().isPresent());
    Finding badYaml = onlyProblem(READER.parse(badUtf8, Format.YAML, "bad.yaml"));
    assertTrue(badYaml.getLine().isPresent() && badYaml.getColumn().isPresent(), badYaml::toString);
    assertTrue(badYaml.getMessage().startsWith("the document is not UTF-8 text"), badYaml::getMessage);
    // Found by ReaderFuzzTest#json: leading NUL bytes make Jackson decode UTF-32, whose error
    // had no location.
    byte[] nulsThenText = new byte[49];
    System.arraycopy("der s".getBytes(StandardCharsets.US_ASCII), 0, nulsThenText, 44, 5);
    Finding utf32 = onlyProblem(READER.parse(nulsThenText, Format.JSON, "nul.json"));
    assertEquals(1, utf32.getLine().orElse(0), utf32::toString);
    assertTrue(utf32.getMessage().startsWith("the document is not UTF-8 text"), utf32::getMessage);
    // Found by the malformed corpus: Jackson read valid JSON in UTF-16, with or without a BOM.
    String valid = "{\"version\": 1, \"kind\": \"role\", \"title\": \"Peer\"}";
    for (byte[] utf16 :
        List.of(
            ("\uFEFF" + valid).getBytes(StandardCharsets.UTF_16BE),
            valid.getBytes(StandardCharsets.UTF_16LE))) {
      Finding wide = onlyProblem(READER.parse(utf16, Format.JSON, "utf16.json"));
      assertEquals(1, wide.getLine().orElse(0), wide::toString);
      assertTrue(wide.getMessage().startsWith("the document is not UTF-8 text"), wide::getMessage);
    }

    Finding empty = onlyProblem(READER.parse(new byte[0], Format.YAML, "empty.yaml"));
    assertEquals("the document is empty", empty.getMessage());

    Finding scalar = onlyProblem(parse("just text\n"));
    assertTrue(scalar.getMessage().startsWith("a document is a mapping"));

    Finding two = onlyProblem(parse(MINIMAL + "---\n" + MINIMAL));
    assertTrue(two.getMessage().contains("more than one document"));
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    byte[] yaml = ("\uFEFF" + MINIMAL).getBytes(StandardCharsets.UTF_8);
    assertTrue(READER.parse(yaml, Format.YAML, "bom.yaml").isSuccess());
    byte[] json =
        ("\uFEFF{\"version\":1,\"kind\":\"role\",\"title\":\"T\"}").getBytes(StandardCharsets.UTF_8);
    assertTrue(READER.parse(json, Format.JSON, "bom.json").isSuccess());
  }

  @Test
  void embeddedRoleTakesTheJobsLanguageAndHasNoLanguageKey() {
    JobDescription job =
        READER.read(MINIMAL.replace("version: 1\n", "version: 1\nlanguage: es-ES\n"), JobDescription.class);
    assertEquals(Locale.forLanguageTag("es-ES"), job.getRole().getLanguage());
    Finding problem = onlyProblem(parse(MINIMAL.replace("  title: Peer", "  language: es\n  title: Peer")));
    assertEquals("/role/language", problem.getPath());
  }

  @Test
  void jsonLinesAreReadLazilyWithLineNumbersOfTheFile() {
    String jsonl =
        "{\"version\":1,\"kind\":\"role\",\"title\":\"A\"}\n"
            + "\n"
            + "{\"version\":1,\"kind\":\"role\",\"title\":\n"
            + "{\"version\":1,\"kind\":\"role\",\"title\":\"C\",\"x\":1}\n";
    List<ReadResult> results =
        READER
            .parseLines(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "d.jsonl")
            .collect(Collectors.toList());
    assertEquals(List.of("d.jsonl:1", "d.jsonl:3", "d.jsonl:4"),
        results.stream().map(ReadResult::getSource).collect(Collectors.toList()));
    assertTrue(results.get(0).isSuccess());
    assertEquals(3, results.get(1).getProblems().get(0).getLine().orElse(0));
    Finding unknown = results.get(2).getProblems().get(0);
    assertAt(unknown, "/x", 4, 40);
  }

  @Test
  void readThrowsOneExceptionTypeCarryingEveryProblem() {
    DocumentReadException e =
        assertThrows(
            DocumentReadException.class,
            () -> READER.read(MINIMAL + "a: 1\nb: 2\n"));
    assertEquals(2, e.getProblems().size());
    assertTrue(e.getMessage().contains("/a") && e.getMessage().contains("/b"), e.getMessage());
  }

  @Test
  void readingAsTheWrongKindIsAnError() {
    DocumentReadException e =
        assertThrows(DocumentReadException.class, () -> READER.read(MINIMAL, Role.class));
    assertEquals("/kind", e.getProblems().get(0).getPath());
    assertInstanceOf(Role.class, READER.read("version: 1\nkind: role\ntitle: T\n"));
  }
}
