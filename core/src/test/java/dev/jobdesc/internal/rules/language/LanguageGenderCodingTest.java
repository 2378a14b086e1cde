package dev.jobdesc.internal.rules.language;

import static dev.jobdesc.internal.rules.ProseDocuments.JOB_WITH_BRIEF_EXTRA_WORDS;
import static dev.jobdesc.internal.rules.ProseDocuments.findings;
import static dev.jobdesc.internal.rules.ProseDocuments.jobWithBrief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.internal.rules.language.GenderScore.Verdict;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Profiles;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code language.gender-coding}: the score, its verdicts, and the one finding per document. */
class LanguageGenderCodingTest {
  private static final Profile LANGUAGE = Profiles.standard().get("language");

  @ParameterizedTest
  @CsvSource({
      "0, 0, NO_CODED_WORDS",
      "1, 1, NEUTRAL",
      "5, 5, NEUTRAL",
      "0, 1, FEMININE_CODED",
      "1, 4, FEMININE_CODED",
      "0, 4, STRONGLY_FEMININE_CODED",
      "1, 0, MASCULINE_CODED",
      "4, 1, MASCULINE_CODED",
      "4, 0, STRONGLY_MASCULINE_CODED",
      "9, 2, STRONGLY_MASCULINE_CODED"})
  void theVerdictComesFromTheDifferenceOfTheCounts(int masculine, int feminine, Verdict verdict) {
    assertEquals(verdict, new GenderScore(masculine, feminine, 100).verdict());
  }

  @Test
  void eachCountIsAlsoAPercentageOfAllWordsToTwoPlaces() {
    GenderScore score = new GenderScore(1, 2, 3);
    assertEquals(new BigDecimal("33.33"), score.masculinePercent());
    assertEquals(new BigDecimal("66.67"), score.femininePercent());
    assertEquals(new BigDecimal("12.50"), new GenderScore(1, 0, 8).masculinePercent());
    assertEquals(new BigDecimal("0.00"), new GenderScore(0, 0, 0).femininePercent());
  }

  private static List<Finding> coding(String... brief) {
    return findings(LANGUAGE, jobWithBrief(brief)).stream()
        .filter(f -> f.getRuleId().equals("language.gender-coding"))
        .toList();
  }

  @Test
  void aMasculineCodedTextGetsOneInfoFindingWithCountsPercentagesAndSuggestions() {
    // 8 words in the brief, 12 in the document; 3 masculine-coded.
    List<Finding> found = coding("We want an aggressive, ambitious and competitive self-starter.");
    assertEquals(12, 8 + JOB_WITH_BRIEF_EXTRA_WORDS);
    assertEquals(1, found.size());
    Finding f = found.get(0);
    assertEquals(Severity.INFO, f.getSeverity());
    assertEquals("", f.getPath());
    assertEquals(
        "Gender-coded wording (a hint): 3 masculine-coded words (25.00% of 12 words) and 0"
            + " feminine-coded words (0.00%) make the text masculine-coded; research finds such wording"
            + " makes women less likely to apply, so consider the neutral alternatives suggested.",
        f.getMessage());
    assertEquals("masculine-coded: aggressive, ambitious, competitive", f.getActual().orElseThrow());
    assertEquals(
        List.of("aggressive → proactive, motivated", "ambitious → motivated, eager to grow",
            "competitive → motivated, goal-oriented"),
        f.getSuggestions());
    assertTrue(f.getSource().orElseThrow().contains("Gaucher"));
  }

  @Test
  void aStronglyMasculineCodedTextIsAWarning() {
    Finding f = coding("Be aggressive, assertive, fearless, competitive and dominant; stay aggressive.").get(0);
    assertEquals(Severity.WARNING, f.getSeverity());
    assertEquals("masculine-coded: aggressive (2 times), assertive, fearless, competitive, dominant",
        f.getActual().orElseThrow());
    assertTrue(f.getMessage().contains("6 masculine-coded words (46.15% of 13 words)"), f.getMessage());
    assertTrue(f.getMessage().contains("strongly masculine-coded"), f.getMessage());
  }

  @Test
  void aSeveritySetByTheUserWins() {
    Validator validator = Validator.builder()
        .addProfile(LANGUAGE)
        .severity("language.gender-coding", Severity.INFO)
        .build();
    Finding f = validator.validate(jobWithBrief("Aggressive, assertive, fearless, competitive, dominant."))
        .getFindings().stream().filter(x -> x.getRuleId().equals("language.gender-coding")).findFirst()
        .orElseThrow();
    assertEquals(Severity.INFO, f.getSeverity());
  }

  @Test
  void feminineAndNeutralVerdictsSayNoChangeIsNeededAndSuggestNothing() {
    Finding feminine = coding("A compassionate, supportive and patient colleague.").get(0);
    assertEquals(Severity.INFO, feminine.getSeverity());
    // "patient" is not counted: in care work it is mostly a noun.
    assertEquals("feminine-coded: compassionate, supportive", feminine.getActual().orElseThrow());
    assertTrue(feminine.getMessage().contains("make the text feminine-coded"), feminine.getMessage());
    assertEquals(List.of(), feminine.getSuggestions());

    Finding neutral = coding("A confident and compassionate new colleague.").get(0);
    assertTrue(neutral.getMessage().contains("1 masculine-coded word (10.00% of 10 words) and 1"
        + " feminine-coded word (10.00%) make the text neutral; no change is needed."), neutral.getMessage());
    assertEquals("masculine-coded: confident; feminine-coded: compassionate", neutral.getActual().orElseThrow());
  }

  @Test
  void noCodedWordMeansNoFinding() {
    assertEquals(List.of(), coding("Plan events with the team and keep notes."));
  }

  @Test
  void wordsAreCountedWholeNeverByStem() {
    // A stem "compet" would count "competence"; "share" would count "sharks"; "warm" "warmly".
    assertEquals(List.of(), coding("Competence with sharks, warmly, kindly, in a kind of way."));
  }

  @Test
  void payDescribedAsCompetitiveIsNotATrait() {
    assertEquals(List.of(), coding("We offer a competitive salary and competitive benefits."));
    assertEquals("masculine-coded: competitive",
        coding("A competitive person with a competitive salary.").get(0).getActual().orElseThrow());
  }
}
