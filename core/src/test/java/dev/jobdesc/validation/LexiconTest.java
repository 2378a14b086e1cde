package dev.jobdesc.validation;

import static dev.jobdesc.validation.Lexicon.Category.JARGON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.validation.WordList.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Lexicon} and {@link WordList}: the standard lists, the format, replacing and extending. */
class LexiconTest {

  @ParameterizedTest
  @EnumSource(Lexicon.Category.class)
  void eachStandardListIsSmallAndDocumented(Lexicon.Category category) throws IOException {
    int size = Lexicon.standard().get(category).size();
    assertTrue(size >= 10 && size < 100, category + " has " + size + " terms, not tens");
    String header;
    try (InputStream in = Lexicon.class.getResourceAsStream("language/" + category.fileName());
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      header = reader.lines().takeWhile(l -> l.startsWith("#") || l.isBlank()).collect(Collectors.joining("\n"));
    }
    assertTrue(header.contains("jobdesc word list " + category), category + ": header names the list");
    assertTrue(header.contains("What it is for:"), category + ": header says what it is for");
    assertTrue(header.contains("How it was made:") && header.contains("not copied"),
        category + ": header says how it was made");
    assertTrue(header.contains("Format:"), category + ": header gives the format");
  }

  @Test
  void theFlaggingListsSuggestSomethingForNearlyEveryTerm() {
    for (Lexicon.Category category : List.of(Lexicon.Category.GENDERED, Lexicon.Category.MASCULINE_CODED,
        Lexicon.Category.AGE_CODED, JARGON, Lexicon.Category.ABLEIST)) {
      List<Term> terms = Lexicon.standard().get(category).terms();
      long without = terms.stream().filter(t -> t.suggestions().isEmpty()).count();
      assertTrue(without <= 3, category + ": " + without + " terms without a suggestion");
    }
  }

  @Test
  void theFormatHasCommentsSuggestionsExceptionsAndGaps() throws IOException {
    WordList list = WordList.parse(new StringReader("""
        \uFEFF# a comment

        rock star | skilled engineer;  expert
        ninja
        !setup wizard
          encourage ... to apply  |
        """));
    assertEquals(
        List.of(new Term("rock star", List.of("skilled engineer", "expert")), new Term("ninja", List.of()),
            new Term("encourage ... to apply", List.of())),
        list.terms());
    assertEquals(List.of("setup wizard"), list.exceptions());
    assertEquals(3, list.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ok\n| no phrase", "ok\n... | gap only", "ok\nfine | a\n--- | punctuation only"})
  void aMalformedLineIsAnErrorWithItsNumber(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WordList.parse(new StringReader(text)));
    assertTrue(e.getMessage().startsWith("line " + text.lines().count() + ": "), e.getMessage());
  }

  @Test
  void termsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> Term.of("  "));
    assertThrows(IllegalArgumentException.class, () -> Term.of("a | b"));
    assertThrows(IllegalArgumentException.class, () -> Term.of("ninja", " "));
    assertThrows(NullPointerException.class, () -> WordList.of((Term) null));
  }

  @Test
  void ofTwoTermsWithTheSamePhraseTheLaterWins() {
    WordList list = WordList.of(Term.of("Ninja", "expert"), Term.of("guru"), Term.of("ninja", "specialist"));
    assertEquals(List.of(Term.of("ninja", "specialist"), Term.of("guru")), list.terms());
  }

  private static JobDescription job(String brief) {
    return JobDescription.builder()
        .role(Role.builder().title("Developer").build())
        .addBrief(brief)
        .addResponsibilities(Responsibility.of("Write code"))
        .addQualifications(Qualification.of("Experience"))
        .build();
  }

  private static List<String> jargon(Lexicon lexicon, String brief) {
    return Validator.builder().addProfile(Profiles.language(lexicon)).build().validate(job(brief))
        .getFindings().stream()
        .filter(f -> f.getRuleId().equals("language.jargon"))
        .sorted(java.util.Comparator.comparing(f -> f.getSpan().orElseThrow().start()))
        .map(f -> f.getActual().orElseThrow() + " " + f.getSuggestions())
        .toList();
  }

  private static final String TEXT = "A rockstar, not a code monkey.";
  private static final WordList OURS = WordList.of(Term.of("code monkey", "developer"));

  @Test
  void theStandardLexiconFlagsOnlyItsOwnTerms() {
    assertEquals(List.of("rockstar [skilled, expert]"), jargon(Lexicon.standard(), TEXT));
  }

  @Test
  void aUserListReplacesAStandardOne() {
    assertEquals(List.of("code monkey [developer]"), jargon(Lexicon.standard().with(JARGON, OURS), TEXT));
  }

  @Test
  void aUserListExtendsAStandardOne() {
    assertEquals(List.of("rockstar [skilled, expert]", "code monkey [developer]"),
        jargon(Lexicon.standard().plus(JARGON, OURS), TEXT));
  }

  @Test
  void aUserListChangesTheSuggestionsOfAStandardTermAndAddsExceptions() {
    WordList ours = WordList.of(Term.of("rockstar", "senior engineer")).except("rockstar developer");
    assertEquals(List.of("rockstar [senior engineer]"), jargon(Lexicon.standard().plus(JARGON, ours), TEXT));
    assertEquals(List.of(), jargon(Lexicon.standard().plus(JARGON, ours), "A rockstar developer."));
  }

  @Test
  void aLexiconIsImmutable() {
    Lexicon standard = Lexicon.standard();
    Lexicon replaced = standard.with(JARGON, OURS);
    assertNotEquals(standard, replaced);
    assertEquals(Lexicon.standard(), standard);
    assertTrue(standard.get(JARGON).terms().contains(Term.of("rockstar", "skilled", "expert")));
    assertEquals(OURS, replaced.get(JARGON));
    assertEquals(WordList.empty(), Lexicon.empty().get(JARGON));
    assertThrows(UnsupportedOperationException.class, () -> standard.get(JARGON).terms().clear());
  }

  @Test
  void aLanguageProfileReplacesTheBuiltInOneByName() {
    Validator validator = Validator.builder()
        .profiles("language")
        .addProfile(Profiles.language(Lexicon.empty()))
        .build();
    assertEquals(List.of(), validator.validate(job("He is a young rockstar salesman.")).getFindings());
  }
}
