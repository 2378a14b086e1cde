package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.OccupationCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile documents attack with every string they can, in every way R1 lists. */
class HostileTextTest {
  /** Attributes whose syntax the model fixes, or which only URL and e-mail syntax may attack. */
  private static final Set<String> FIXED_SYNTAX =
      Set.of("JobDescription.getId", "Role.getId", "Location.getCountry",
          "Workplace.getApplicantRegions", "MarketPay.getAsOf", "Organization.getUrl",
          "Application.getUrl", "Application.getEmail");

  /** Occupation code schemes whose codes keep their form (the validator checks two of them). */
  private static final Set<String> FORMATTED_SCHEMES =
      Set.of(OccupationCode.ONET_SOC, OccupationCode.SOC, OccupationCode.ISCO_08);

  private static final List<String> PAYLOADS =
      Stream.of(HostileText.VISIBLE, HostileText.STRANGE_CHARACTERS, HostileText.LONE_SURROGATES)
          .flatMap(List::stream)
          .toList();

  /** Each kind of attack R1 names, and how to see it in a string. */
  private static final Map<String, Predicate<String>> ATTACKS =
      Map.ofEntries(
          Map.entry("script element", s -> s.contains("<script>")),
          Map.entry("script end", s -> s.contains("</script")),
          Map.entry("event handler", s -> s.contains("onerror=")),
          Map.entry("Markdown link", s -> s.contains("](")),
          Map.entry("Markdown emphasis", s -> s.contains("*injected*")),
          Map.entry("Markdown heading", s -> s.contains("# injected")),
          Map.entry("javascript: URL", s -> s.contains("javascript:")),
          Map.entry("bidi override", s -> s.contains("\u202E")),
          Map.entry("bidi isolate", s -> s.chars().anyMatch(c -> c >= 0x2066 && c <= 0x2069)),
          Map.entry("NUL", s -> s.indexOf('\0') >= 0),
          Map.entry("C1 control", s -> s.chars().anyMatch(c -> c >= 0x80 && c <= 0x9F)),
          Map.entry("lone surrogate", HostileTextTest::hasLoneSurrogate),
          Map.entry("emoji", s -> s.codePoints().anyMatch(c -> c >= 0x1F300)),
          Map.entry("combining mark",
              s -> s.chars().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)),
          Map.entry("10,000 characters", s -> s.length() == ValueGenerator.STRING_MAX));

  @Test
  void everyPayloadStaysWholeInTheShortestFieldAndThoseThatStartAStringAreVisible() {
    int longestLead = HostileText.LEADING.stream().mapToInt(String::length).max().orElseThrow();
    for (String payload : PAYLOADS) {
      // So the payload a string starts with is never cut, even in a 60-character tier level.
      assertTrue(payload.length() + longestLead <= ValueGenerator.LEVEL_MAX, payload);
    }
    for (String payload : HostileText.VISIBLE) {
      assertFalse(payload.isBlank() || payload.trim().isEmpty(), () -> "blank: " + payload);
    }
  }

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void everyFreeTextStringCarriesAPayload(long seed) {
    JobDocument document = DocumentGenerator.withSeed(seed).hostile().document();
    for (ModelStrings.Field field : ModelStrings.of(document)) {
      if (isFreeText(field)) {
        assertTrue(
            carriesPayload(field.value()),
            () -> CaseSeeds.replay(seed) + ": " + field.attribute() + " = " + field.value());
      }
    }
  }

  @Test
  void hostileDocumentsCarryEveryKindOfAttack() {
    Set<String> seen = new TreeSet<>();
    CaseSeeds.seeds(300)
        .mapToObj(seed -> DocumentGenerator.withSeed(seed).hostile().document())
        .flatMap(document -> ModelStrings.of(document).stream())
        .forEach(field -> ATTACKS.forEach((name, test) -> {
          if (test.test(field.value())) {
            seen.add(name);
          }
        }));
    assertEquals(new TreeSet<>(ATTACKS.keySet()), seen);
  }

  private static boolean isFreeText(ModelStrings.Field field) {
    if (FIXED_SYNTAX.contains(field.attribute())) {
      return false;
    }
    boolean formattedCode =
        field.owner() instanceof OccupationCode code
            && FORMATTED_SCHEMES.contains(code.getScheme())
            && !field.attribute().equals("OccupationCode.getVersion")
            && !field.attribute().equals("OccupationCode.getName");
    return !formattedCode;
  }

  private static boolean carriesPayload(String text) {
    return PAYLOADS.stream().anyMatch(text::contains)
        || text.chars().anyMatch(c -> c <= 0x1F || (c >= 0x7F && c <= 0x9F));
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pairedHigh =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pairedHigh) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
