package dev.jobdesc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How a validator runs rules: selection, severities, failures, sharing, the registry. */
class RuleEngineTest {
  private static final Role ROLE = Role.builder().title("Senior Peer Support Specialist").build();

  private static Rule reporting(String id, Severity severity) {
    return Rule.builder(id)
        .severity(severity)
        .category("test")
        .description("Reports the title.")
        .source("a test")
        .jurisdiction("US-CO")
        .check((document, context) -> context.report("/title", id + " found it."))
        .build();
  }

  private static final Profile TEST =
      Profile.of(
          "test",
          "Rules that always report.",
          List.of(
              reporting("test.alpha", Severity.ERROR),
              reporting("test.beta", Severity.WARNING),
              reporting("other.gamma", Severity.INFO)));

  private static List<String> ids(Validator validator) {
    return validator.validate(ROLE).getFindings().stream()
        .map(f -> f.getRuleId() + ":" + f.getSeverity())
        .toList();
  }

  @Test
  void aFindingCarriesItsRulesIdSeveritySourceAndJurisdiction() {
    Finding finding = Validator.builder().addProfile(TEST).build().validate(ROLE).getFindings().get(2);
    assertEquals("test.beta", finding.getRuleId());
    assertEquals(Severity.WARNING, finding.getSeverity());
    assertEquals("a test", finding.getSource().orElseThrow());
    assertEquals("US-CO", finding.getJurisdiction().orElseThrow());
    assertEquals("/title", finding.getPath());
  }

  @Test
  void rulesAreAllowedAndDeniedByIdOrPrefix() {
    assertEquals(List.of("other.gamma:INFO", "test.alpha:ERROR", "test.beta:WARNING"),
        ids(Validator.builder().addProfile(TEST).build()));
    assertEquals(List.of("other.gamma:INFO"), ids(Validator.builder().addProfile(TEST).denyRules("test.*").build()));
    assertEquals(List.of("test.alpha:ERROR", "test.beta:WARNING"),
        ids(Validator.builder().addProfile(TEST).allowRules("test.*").build()));
    assertEquals(List.of("test.beta:WARNING"),
        ids(Validator.builder().addProfile(TEST).allowRules("test.*").denyRules("test.alpha").build()));
    assertEquals(List.of("syntax", "test.beta"),
        Validator.builder().addProfile(TEST).allowRules("test.beta").build().getRules().stream()
            .map(Rule::getId).toList(),
        "a report describes only the rules it reports, and an unreadable document is always one");
  }

  @Test
  void severitiesCanBeChangedPerRule() {
    Validator validator = Validator.builder().addProfile(TEST).severity("other.gamma", Severity.ERROR).build();
    assertEquals(List.of("other.gamma:ERROR", "test.alpha:ERROR", "test.beta:WARNING"), ids(validator));
    assertEquals(Severity.ERROR,
        validator.getRules().stream().filter(r -> r.getId().equals("other.gamma")).findFirst().orElseThrow()
            .getSeverity());
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
    Rule broken =
        Rule.builder("test.broken").category("test").description("Throws.")
            .check((document, context) -> {
              throw new IllegalStateException("bug");
            })
            .build();
    Validator validator =
        Validator.builder()
            .addProfile(Profile.of("broken", "A bug.", List.of(broken, reporting("test.after", Severity.INFO))))
            .build();
    List<Finding> findings = validator.validate(ROLE).getFindings();
    assertEquals(List.of(Validator.INTERNAL_ERROR, "test.after"), findings.stream().map(Finding::getRuleId).toList());
    assertTrue(findings.get(0).getMessage().contains("test.broken"), findings.get(0).getMessage());
  }

  @Test
  void theSameFindingThroughTwoProfilesCountsOnce() {
    Validator validator =
        Validator.builder()
            .addProfile(TEST)
            .addProfile(Profile.of("again", "The same rule again.", List.of(TEST.getRules().get(0))))
            .build();
    assertEquals(3, validator.validate(ROLE).getFindings().size());
    assertEquals(3, validator.getRules().stream().filter(r -> r.getCategory().equals("test")).count());
  }

  @Test
  void sharedComputationsRunOncePerDocument() {
    AtomicInteger runs = new AtomicInteger();
    Function<JobDocument, Integer> words = document -> {
      runs.incrementAndGet();
      return ((Role) document).getTitle().split(" ").length;
    };
    RuleCheck check = (document, context) -> {
      if (context.shared(words) > 3) {
        context.report("/title", "Long.");
      }
    };
    Rule first = Rule.builder("test.first").category("test").description("d").check(check).build();
    Rule second = Rule.builder("test.second").category("test").description("d").check(check).build();
    Validator validator = Validator.builder().addProfile(Profile.of("p", "d", List.of(first, second))).build();
    assertEquals(2, validator.validate(ROLE).getFindings().size());
    assertEquals(1, runs.get());
    validator.validate(ROLE);
    assertEquals(2, runs.get(), "a new document, a new computation");
  }

  @Test
  void theClockIsTheValidators() {
    Rule today =
        Rule.builder("test.today").category("test").description("d")
            .check((document, context) -> context.report("", context.today().toString()))
            .build();
    Clock clock = Clock.fixed(Instant.parse("2027-03-04T10:15:30Z"), ZoneOffset.UTC);
    Validator validator =
        Validator.builder().addProfile(Profile.of("p", "d", List.of(today))).clock(clock).build();
    assertEquals(LocalDate.of(2027, 3, 4).toString(), validator.validate(ROLE).getFindings().get(0).getMessage());
  }

  @Test
  void theRegistryHoldsTheBuiltInProfilesAndThoseOfProviders() {
    Profiles profiles = Profiles.standard();
    assertEquals("structure", profiles.names().get(0));
    assertTrue(profiles.names().containsAll(List.of("publishable", "google-jobs", "house-style")), profiles.names()::toString);
    Validator validator = Validator.builder().profiles("house-style").build();
    assertEquals(List.of("house-style.short-title:INFO"), ids(validator));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> Validator.builder().profiles("publishabel"));
    assertTrue(unknown.getMessage().contains("known profiles: structure, publishable"), unknown.getMessage());
  }

  @Test
  void structureIsAlwaysOnAndListsItsRules() {
    assertThrows(IllegalArgumentException.class,
        () -> Validator.builder().addProfile(Profile.of("structure", "mine", List.of())));
    List<String> ids = Validator.standard().getRules().stream().map(Rule::getId).toList();
    assertTrue(ids.containsAll(List.of("syntax", "structure.pay.range-order", "structure.required")), ids::toString);
    assertTrue(Validator.standard().getRules().stream().allMatch(r -> r.getCheck().isEmpty()),
        "structure's rules are checked by one Bean Validation pass, not one by one");
  }

  @Test
  void ruleIdsAreLowerCaseDottedWords() {
    assertThrows(IllegalArgumentException.class, () -> Rule.builder("Test.Upper"));
    assertThrows(IllegalArgumentException.class, () -> Rule.builder("test..double"));
    assertEquals("pay-transparency.us-co.range", Rule.builder("pay-transparency.us-co.range")
        .category("c").description("d").build().getId());
  }
}
