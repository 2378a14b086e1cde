package dev.jobdesc.internal.rules.language;

import static dev.jobdesc.internal.rules.ProseDocuments.findings;
import static dev.jobdesc.internal.rules.ProseDocuments.jobWithBrief;
import static dev.jobdesc.internal.rules.ProseDocuments.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.internal.rules.ProseDocuments;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Role;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Lexicon;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Profiles;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The flagging rules of the {@code language} profile with the standard lexicon. */
class LanguageProfileTest {
  private static final Profile LANGUAGE = Profiles.standard().get("language");

  private static List<Finding> lint(String... brief) {
    return findings(LANGUAGE, jobWithBrief(brief));
  }

  private static List<Finding> lintFor(String rule, String... brief) {
    return lint(brief).stream().filter(f -> f.getRuleId().equals(rule)).toList();
  }

  @Test
  void theBuiltInProfileIsTheStandardLexicons() {
    assertEquals(
        LANGUAGE.getRules().stream().map(r -> r.getId()).toList(),
        List.of("language.gendered-wording", "language.gender-coding", "language.age-coded",
            "language.jargon", "language.ableist"));
    for (var rule : LANGUAGE.getRules()) {
      assertEquals("language", rule.getCategory());
      assertTrue(rule.getSource().isPresent() && rule.getSourceUrl().isPresent(), rule.getId());
      assertTrue(rule.getSeverity() != Severity.ERROR, rule.getId());
    }
  }

  @Test
  void aNeutralWellWrittenPostingGetsNoLanguageFinding() {
    assertEquals(List.of(), summary(findings(LANGUAGE, ProseDocuments.wellWritten())));
  }

  // gendered wording

  @Test
  void aGenderedJobTitleIsFlaggedWithPathSpanActualAndSuggestions() {
    List<Finding> found = lint("The successful salesman will build client relationships.");
    assertEquals(List.of("language.gendered-wording \"salesman\""), summary(found));
    Finding f = found.get(0);
    assertEquals(Severity.WARNING, f.getSeverity());
    assertEquals("/brief/0", f.getPath());
    assertEquals(new Span(15, 23), f.getSpan().orElseThrow());
    assertEquals(List.of("salesperson", "sales representative"), f.getSuggestions());
    assertEquals(
        "\"salesman\" is gendered wording: write \"salesperson\" or \"sales representative\" instead,"
            + " so that the job reads as open to everyone.",
        f.getMessage());
  }

  @Test
  void aGenderedPronounIsFlaggedAsWritten() {
    List<Finding> found = lint("He will report to the program director.");
    assertEquals(List.of("language.gendered-wording \"He\""), summary(found));
    assertEquals(new Span(0, 2), found.get(0).getSpan().orElseThrow());
    assertEquals(List.of("they"), found.get(0).getSuggestions());
  }

  @Test
  void aBinaryPairIsOneFinding() {
    assertEquals(List.of("language.gendered-wording \"he or she\""),
        summary(lint("Each week he or she will visit clients.")));
  }

  @Test
  void spacesInAPhraseMatchHyphensAndSlashPairsAreOneFinding() {
    assertEquals(List.of("language.gendered-wording \"man hours\"", "language.gendered-wording \"he/she\""),
        summary(lint("Budget the man hours before he/she starts.")));
  }

  @Test
  void matchingIsWholeWord() {
    // he in the/then/other, her in other/there/therapy, man in manage/manager, men in recommend.
    assertEquals(List.of(),
        lint("Then the manager will manage other themes there and recommend therapy to the Shepherd team."));
  }

  @Test
  void gendersInTheSameSentenceAreEachFlagged() {
    assertEquals(List.of("language.gendered-wording \"guys\"", "language.gendered-wording \"chairman\""),
        summary(lint("Join the guys reporting to our chairman.")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We particularly encourage women to apply.",
      "Women and minorities are encouraged to apply.",
      "We welcome applications from women and men.",
      "Applications from women are especially welcome.",
      "As a positive action employer we want more women in senior roles.",
      "We want to hear from women and other under-represented groups.",
      "We do not discriminate on the basis of sex, whether male or female."})
  void anOutreachOrNonDiscriminationSentenceIsNotFlagged(String sentence) {
    assertEquals(List.of(), summary(lint(sentence)));
  }

  @Test
  void theOutreachExemptionCoversItsSentenceOnly() {
    List<Finding> found = lint("We particularly encourage women to apply. He will report to the director.");
    assertEquals(List.of("language.gendered-wording \"He\""), summary(found));
    assertEquals(new Span(42, 44), found.get(0).getSpan().orElseThrow());
  }

  @Test
  void groupsTheJobServesAreNotFlaggedButGroupsItHiresAre() {
    assertEquals(List.of(), lint("Facilitate a support group for women in recovery."));
    assertEquals(List.of(), lint("You will work with men leaving prison."));
    assertEquals(List.of("language.gendered-wording \"men\""), summary(lint("We are looking for men to join the team.")));
  }

  // age-coded wording

  @ParameterizedTest
  @ValueSource(strings = {
      "Join our young team.|young team",
      "Recent graduates welcome.|Recent graduates",
      "Ideal for a recent college graduate.|recent college graduate",
      "You are a digital native.|digital native",
      "Class of 2024 preferred.|Class of 2024",
      "Candidates aged 25-35 preferred.|aged 25-35",
      "Candidates must be under 30.|under 30",
      "Between the ages of 21 and 30.|Between the ages of 21 and 30",
      "Perfect for someone in their twenties.|in their twenties",
      "We want energetic young people.|energetic young",
      "Help us hire young people.|young",
      "Recent graduates are encouraged to apply.|Recent graduates"})
  void ageCodedWordingIsFlagged(String sentenceAndActual) {
    String[] parts = sentenceAndActual.split("\\|");
    List<Finding> found = lintFor("language.age-coded", parts[0]);
    assertEquals(List.of("language.age-coded \"" + parts[1] + "\""), summary(found));
    assertEquals(Severity.WARNING, found.get(0).getSeverity());
    assertTrue(!found.get(0).getSuggestions().isEmpty());
    Span span = found.get(0).getSpan().orElseThrow();
    assertEquals(parts[1], parts[0].substring(span.start(), span.end()));
  }

  @Test
  void youngIsSuggestedEarlyCareerWording() {
    Finding f = lintFor("language.age-coded", "A young, energetic professional.").get(0);
    assertEquals(List.of("early-career", "entry-level"), f.getSuggestions());
    assertTrue(f.getMessage().contains("29 CFR 1625.4"), f.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Support young people in recovery.",
      "You will work with young adults leaving care.",
      "Provide peer support to young adults and their families.",
      "Experience with young children is a plus.",
      "Care for young mothers and their babies.",
      "The role is under 30 hours a week.",
      "Teams of under 30 people.",
      "Applicants must be at least 18 years old.",
      "You must be over 21 to drive our vans.",
      "Our youth program serves teenagers."})
  void clientsAgesAndMinimumAgesAreNotFlagged(String sentence) {
    assertEquals(List.of(), summary(lintFor("language.age-coded", sentence)));
  }

  // jargon

  @Test
  void youngAggressiveRockstarNinjasGetAgeJargonAndGenderCodingFindings() {
    List<Finding> found = lint("We want young, aggressive rockstar ninjas.");
    assertEquals(
        List.of("language.gender-coding \"masculine-coded: aggressive\"", "language.age-coded \"young\"",
            "language.jargon \"rockstar\"", "language.jargon \"ninjas\""),
        summary(found));
    for (Finding f : found) {
      assertTrue(!f.getSuggestions().isEmpty(), f.toString());
    }
    Finding coding = found.stream().filter(f -> f.getRuleId().equals("language.gender-coding")).findFirst().orElseThrow();
    assertEquals(List.of("aggressive → proactive, motivated"), coding.getSuggestions());
  }

  @Test
  void jargonIsWholeWordAndHyphensCountAsSpaces() {
    assertEquals(List.of(), lintFor("language.jargon", "Ninjago and ninjutsu fans, gurukul alumni, a wizardry course."));
    assertEquals(List.of("language.jargon \"Rock-star\""), summary(lintFor("language.jargon", "Rock-star developer.")));
    assertEquals(List.of("language.jargon \"work hard, play hard\""),
        summary(lintFor("language.jargon", "We work hard, play hard.")));
  }

  @Test
  void numbersAndSlogansAreJargonToo() {
    assertEquals(List.of("language.jargon \"10x engineer\"", "language.jargon \"crush it\"",
            "language.jargon \"hustle\""),
        summary(lintFor("language.jargon", "A 10x engineer who will crush it and hustle; 10 x 10 tables.")));
  }

  @Test
  void jargonExceptionsAreNotFlagged() {
    assertEquals(List.of(), lintFor("language.jargon", "Run the setup wizard, away from the hustle and bustle."));
    assertEquals(List.of("language.jargon \"wizard\""), summary(lintFor("language.jargon", "An Excel wizard.")));
  }

  // ableist phrasing

  @Test
  void ableistPhrasingIsFlaggedWithNeutralSuggestions() {
    List<Finding> found = lint("It gets crazy busy.", "Never turn a blind eye to a sanity check.",
        "Clients who are wheelchair-bound or who suffer from anxiety.");
    assertEquals(
        List.of("language.ableist \"crazy\"", "language.ableist \"turn a blind eye\"",
            "language.ableist \"sanity check\"", "language.ableist \"wheelchair-bound\"",
            "language.ableist \"suffer from\""),
        summary(found));
    Finding crazy = found.stream().filter(f -> f.getActual().orElseThrow().equals("crazy")).findFirst().orElseThrow();
    assertEquals(List.of("very", "intense", "surprising"), crazy.getSuggestions());
    assertEquals(new Span(8, 13), crazy.getSpan().orElseThrow());
    assertEquals("/brief/0", crazy.getPath());
  }

  @Test
  void clinicalTermsAreNotAbleistPhrasing() {
    assertEquals(List.of(), lintFor("language.ableist",
        "Support clients living with mental illness, psychosis, OCD, schizophrenia or bipolar disorder,"
            + " and people with disabilities."));
    assertEquals(List.of("language.ableist \"OCD about\""), summary(lintFor("language.ableist", "Be OCD about detail.")));
  }

  // both document kinds, every prose field

  @Test
  void aRoleDocumentAndEmbeddedRoleTextAreLinted() {
    Role role = Role.builder().title("Salesman").addSummary("The ideal candidate is a rockstar.").build();
    assertEquals(List.of("/summary/0", "/title"), paths(findings(LANGUAGE, role)));
    JobDocument job = jobWithBrief("Plain words.").withRole(role);
    assertEquals(List.of("/role/summary/0", "/role/title"), paths(findings(LANGUAGE, job)));
  }

  private static List<String> paths(List<Finding> findings) {
    return findings.stream().map(Finding::getPath).sorted().toList();
  }

  @Test
  void namesAndCodesAreNotProse() {
    JobDocument job = jobWithBrief("Plain words.").withReportsTo("Chairman of the Board");
    assertEquals(List.of(), findings(LANGUAGE, job));
  }

  @Test
  void profilesLanguageOfTheStandardLexiconFindsTheSame() {
    JobDocument job = jobWithBrief("He is a rockstar salesman, young and aggressive.");
    assertEquals(findings(LANGUAGE, job), findings(Profiles.language(Lexicon.standard()), job));
    assertEquals(5, findings(LANGUAGE, job).size());
  }
}
