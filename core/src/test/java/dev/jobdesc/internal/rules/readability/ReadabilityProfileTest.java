package dev.jobdesc.internal.rules.readability;

import static dev.jobdesc.internal.rules.ProseDocuments.findings;
import static dev.jobdesc.internal.rules.ProseDocuments.jobWithBrief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.internal.rules.ProseDocuments;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.Section;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Profiles;
import dev.jobdesc.validation.ReadabilityLimits;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code readability} profile, with the default limits and with custom ones. */
class ReadabilityProfileTest {
  private static final Profile DEFAULT = Profiles.standard().get("readability");

  private static Profile with(ReadabilityLimits.Builder limits) {
    return Profiles.readability(limits.build());
  }

  private static List<Finding> of(String rule, Profile profile, dev.jobdesc.model.JobDocument document) {
    return findings(profile, document).stream().filter(f -> f.getRuleId().equals(rule)).toList();
  }

  /** {@code n} words: "w1 w2 … wn." */
  private static String words(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      s.append(i > 1 ? " " : "").append('w').append(i);
    }
    return s.append('.').toString();
  }

  @Test
  void rulesAreInfoHintsThatCiteTheirSources() {
    assertEquals(
        List.of("readability.length", "readability.bullets", "readability.title-length",
            "readability.sentence-length"),
        DEFAULT.getRules().stream().map(r -> r.getId()).toList());
    for (var rule : DEFAULT.getRules()) {
      assertEquals(Severity.INFO, rule.getSeverity());
      assertEquals("readability", rule.getCategory());
      assertTrue(rule.getSource().orElseThrow().matches(".*(Textio|Appcast|Paycor|Ongig).*"), rule.getId());
    }
  }

  @Test
  void aNeutralWellWrittenPostingGetsNoReadabilityFinding() {
    assertEquals(List.of(), findings(DEFAULT, ProseDocuments.wellWritten()));
  }

  @Test
  void theDefaultsAreTheResearchs() {
    ReadabilityLimits d = ReadabilityLimits.defaults();
    assertEquals(List.of(300, 700, 60, 15, 60, 10, 30),
        List.of(d.getMinWords(), d.getMaxWords(), d.getMaxTitleCharacters(), d.getMinBulletPercent(),
            d.getMaxBulletPercent(), d.getMaxListItems(), d.getMaxSentenceWords()));
    assertEquals(d, ReadabilityLimits.builder().build());
    assertEquals(d, d.toBuilder().build());
  }

  @Test
  void limitsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> ReadabilityLimits.builder().words(10, 5));
    assertThrows(IllegalArgumentException.class, () -> ReadabilityLimits.builder().bulletPercent(10, 101));
    assertThrows(IllegalArgumentException.class, () -> ReadabilityLimits.builder().sentenceWords(0));
  }

  // length

  @Test
  void aPostingOutsideTheWordRangeGetsAHint() {
    Profile profile = with(ReadabilityLimits.builder().words(10, 20));
    // The brief's words and four more: the role's title (the job has none), a duty, a requirement.
    List<Finding> under = of("readability.length", profile, jobWithBrief(words(5)));
    assertEquals(1, under.size());
    assertEquals("", under.get(0).getPath());
    assertEquals(
        "The posting's own text is 9 words, under the 10-20 words that tend to perform best (a hint):"
            + " say more about the work, the team, the pay and what applicants can expect.",
        under.get(0).getMessage());
    assertEquals(List.of(), of("readability.length", profile, jobWithBrief(words(6))));
    assertEquals(List.of(), of("readability.length", profile, jobWithBrief(words(16))));
    List<Finding> over = of("readability.length", profile, jobWithBrief(words(17)));
    assertTrue(over.get(0).getMessage().startsWith("The posting's own text is 21 words, over the 10-20"),
        over.get(0).getMessage());
  }

  @Test
  void theEmbeddedRolesTextIsNotPartOfThePostingButARolesIsItsText() {
    Profile profile = with(ReadabilityLimits.builder().words(10, 20));
    Role role = Role.builder().title("Coordinator").addSummary(words(500)).build();
    JobDescription job = jobWithBrief(words(10)).withRole(role);
    assertEquals(List.of(), of("readability.length", profile, job));
    List<Finding> roleFindings = of("readability.length", profile, role);
    assertTrue(roleFindings.get(0).getMessage().startsWith("The role's text is 501 words, over"),
        roleFindings.get(0).getMessage());
  }

  // bullets

  @Test
  void theShareOfWordsInListsOutsideTheRangeGetsAHint() {
    Profile profile = with(ReadabilityLimits.builder().bulletPercent(20, 40));
    // 3 of 7 words in items ("Plan events", "Experience"): 43 %.
    List<Finding> many = of("readability.bullets", profile, jobWithBrief(words(3)));
    assertEquals(1, many.size());
    assertTrue(many.get(0).getMessage().startsWith("43 % of the 7 words of the posting's own text are in lists,"
        + " over the 40 % hint"), many.get(0).getMessage());
    // 3 of 8: 37.5 %, inside.
    assertEquals(List.of(), of("readability.bullets", profile, jobWithBrief(words(4))));
    // 3 of 20: 15 %.
    List<Finding> few = of("readability.bullets", profile, jobWithBrief(words(16)));
    assertTrue(few.get(0).getMessage().startsWith("15 % of the 20 words"), few.get(0).getMessage());
    assertTrue(few.get(0).getMessage().contains("under the 20 % hint"), few.get(0).getMessage());
  }

  @Test
  void aListOverTheItemLimitGetsAHintAtItsPath() {
    Profile profile = with(ReadabilityLimits.builder().listItems(2));
    JobDescription job = jobWithBrief(words(20))
        .withResponsibilities(Collections.nCopies(3, Responsibility.of("Plan events")))
        .withSections(Section.builder().heading("Perks").addItems("a", "b").build(),
            Section.builder().heading("Tools").addItems("a", "b", "c", "d").build());
    List<Finding> found = of("readability.bullets", profile, job);
    assertEquals(List.of("/responsibilities", "/sections/1/items"), found.stream().map(Finding::getPath).toList());
    assertTrue(found.get(1).getMessage().startsWith("This list has 4 items, more than the 2"),
        found.get(1).getMessage());
  }

  // title length

  @Test
  void aLongTitleGetsAHintAtItsPath() {
    String sixty = "Peer Support Specialist, Adult Outpatient Services, Downtown";
    assertEquals(60, sixty.length());
    assertEquals(List.of(), of("readability.title-length", DEFAULT,
        jobWithBrief("Text.").withRole(Role.builder().title(sixty).build())));
    List<Finding> found = of("readability.title-length", DEFAULT,
        jobWithBrief("Text.").withRole(Role.builder().title(sixty + "s").build()));
    assertEquals("/role/title", found.get(0).getPath());
    assertEquals(sixty + "s", found.get(0).getActual().orElseThrow());

    Profile short10 = with(ReadabilityLimits.builder().titleCharacters(10));
    assertEquals("/role/title", of("readability.title-length", short10, jobWithBrief("Text.")).get(0).getPath());
    assertEquals(List.of(), of("readability.title-length", short10, jobWithBrief("Text.").withTitle("Planner")));
    assertEquals("/title", of("readability.title-length", short10, jobWithBrief("Text.").withTitle("Event Planner"))
        .get(0).getPath());
  }

  // sentence length

  @Test
  void eachLongSentenceGetsAHintWithItsSpan() {
    Profile profile = with(ReadabilityLimits.builder().sentenceWords(5));
    String brief = "One two three four five six. One two three four five.";
    List<Finding> found = of("readability.sentence-length", profile,
        jobWithBrief(brief, "Short one.").withResponsibilities(Responsibility.of("Plan and run six events a year")));
    assertEquals(2, found.size());
    Finding first = found.stream().filter(f -> f.getPath().equals("/brief/0")).findFirst().orElseThrow();
    assertEquals(new Span(0, 28), first.getSpan().orElseThrow());
    assertEquals("One two three four five six.", first.getActual().orElseThrow());
    assertTrue(first.getMessage().startsWith("This sentence has 6 words, more than 5 (a hint"), first.getMessage());
    assertEquals("/responsibilities/0/text", found.stream().filter(f -> f != first).findFirst().orElseThrow().getPath());
  }

  @Test
  void titlesAndHeadingsAreNotSentences() {
    Profile profile = with(ReadabilityLimits.builder().sentenceWords(2));
    JobDescription job = jobWithBrief("Short.")
        .withTitle("Senior Peer Support Specialist")
        .withSections(Section.builder().heading("What a typical week looks like").addParagraphs("Busy.").build());
    assertEquals(List.of(), of("readability.sentence-length", profile, job));
  }
}
