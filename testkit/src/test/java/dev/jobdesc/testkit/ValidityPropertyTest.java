package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Validator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated documents are valid, hostile ones too: the {@code structure} profile finds nothing. A
 * failure here is a generator that strays from model.md, or a validator that rejects what model.md
 * allows.
 */
class ValidityPropertyTest {

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void generatedDocumentsHaveNoStructureFindings(long seed) {
    JobDocument document = DocumentGenerator.withSeed(seed).document();
    assertEquals(
        List.of(),
        Validator.standard().validate(document).getFindings(),
        () -> CaseSeeds.replay(seed));
  }

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void hostileDocumentsHaveNoStructureFindings(long seed) {
    JobDocument document = DocumentGenerator.withSeed(seed).hostile().document();
    assertEquals(
        List.of(),
        Validator.standard().validate(document).getFindings(),
        () -> CaseSeeds.replay(seed) + ", hostile");
  }
}
