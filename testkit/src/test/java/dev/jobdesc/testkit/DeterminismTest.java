package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.jobdesc.model.JobDescription;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A seed fixes everything the testkit makes: that is what makes a failing case replayable. */
class DeterminismTest {

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void theSameSeedGivesTheSameDocuments(long seed) {
    DocumentGenerator first = DocumentGenerator.withSeed(seed);
    DocumentGenerator second = DocumentGenerator.withSeed(seed);
    assertEquals(first.jobDescription(), second.jobDescription(), CaseSeeds.replay(seed));
    assertEquals(first.role(), second.role(), CaseSeeds.replay(seed));
    assertEquals(first.document(), second.document(), CaseSeeds.replay(seed));
  }

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void theSameSeedGivesTheSameHostileDocumentsFromTheFirstOn(long seed) {
    DocumentGenerator used = DocumentGenerator.withSeed(seed);
    used.document();
    DocumentGenerator first = used.hostile();
    DocumentGenerator second = DocumentGenerator.withSeed(seed).hostile();
    assertEquals(first.document(), second.document(), CaseSeeds.replay(seed));
    assertEquals(first.jobDescription(), second.jobDescription(), CaseSeeds.replay(seed));
  }

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void theSameSeedBreaksADocumentTheSameWay(long seed) {
    JobDescription valid = DocumentGenerator.withSeed(seed).jobDescription();
    for (Breakage breakage : Breakage.values()) {
      assertEquals(
          breakage.apply(valid, new SplittableRandom(seed)),
          breakage.apply(valid, new SplittableRandom(seed)),
          () -> CaseSeeds.replay(seed) + ", " + breakage);
    }
  }

  @Test
  void differentSeedsGiveDifferentDocuments() {
    assertNotEquals(
        DocumentGenerator.withSeed(1).jobDescription(),
        DocumentGenerator.withSeed(2).jobDescription());
  }
}
