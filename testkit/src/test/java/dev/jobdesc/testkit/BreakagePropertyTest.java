package dev.jobdesc.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@link Breakage} makes exactly the one finding it promises, at its path, whatever valid
 * document it breaks, both in memory and after the broken document is written and read back.
 */
class BreakagePropertyTest {
  /** Blank text cannot be written and read back (the reader drops it), so it has no breakage. */
  private static final Set<String> RULES_WITHOUT_BREAKAGE = Set.of("structure.blank");

  private static final String STRUCTURE_MESSAGES =
      "/dev/jobdesc/internal/validation/Messages.properties";

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void eachBreakageCausesExactlyItsOneFinding(long seed) {
    JobDescription valid = DocumentGenerator.withSeed(seed).jobDescription();
    SplittableRandom random = new SplittableRandom(seed);
    assertAll(
        Arrays.stream(Breakage.values())
            .map(breakage -> (Executable) () -> {
              InvalidDocument invalid = breakage.apply(valid, random);
              List<String> expected = List.of(invalid.ruleId() + " at " + invalid.path());
              String context = CaseSeeds.replay(seed) + ", " + breakage;
              assertEquals(expected, findings(invalid.document()), context + ", in memory");
              JobDocument readBack = jsonRoundTrip(invalid.document(), context);
              assertEquals(expected, findings(readBack), context + ", read back");
            }));
  }

  @Test
  void everyStructureRuleWithItsOwnMessageHasABreakage() throws IOException {
    Set<String> broken =
        Arrays.stream(Breakage.values()).map(Breakage::ruleId).collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>(structureRuleIds());
    missing.removeAll(broken);
    missing.removeAll(RULES_WITHOUT_BREAKAGE);
    assertEquals(Set.of(), missing);
  }

  private static List<String> findings(JobDocument document) {
    return Validator.standard().validate(document).getFindings().stream()
        .map(f -> f.getRuleId() + " at " + f.getPath())
        .toList();
  }

  private static JobDocument jsonRoundTrip(JobDocument document, String source) {
    byte[] json = DocumentWriter.standard().write(document, Format.JSON).getBytes(UTF_8);
    return DocumentReader.standard().parse(json, Format.JSON, source).orElseThrow();
  }

  /** The custom rule ids of the structure profile: the {@code structure.*} keys of its messages. */
  private static Set<String> structureRuleIds() throws IOException {
    Properties messages = new Properties();
    try (InputStream in = Validator.class.getResourceAsStream(STRUCTURE_MESSAGES)) {
      messages.load(in);
    }
    return messages.stringPropertyNames().stream()
        .filter(key -> key.startsWith("structure."))
        .collect(Collectors.toSet());
  }
}
