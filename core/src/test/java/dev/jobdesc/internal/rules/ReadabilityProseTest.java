package dev.jobdesc.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.validation.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link Prose} cuts text into words and sentences, which the readability counts rest on. */
class ReadabilityProseTest {

  private static List<String> words(String text) {
    return Prose.words(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  private static List<String> sentences(String text) {
    return Prose.sentences(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void wordsKeepInnerApostrophesHyphensAndNumberSeparators() {
    assertEquals(List.of("A", "self-reliant", "peer", "don't", "earn", "36,158", "or", "3.5", "x", "y"),
        words("A self-reliant peer — don't earn $36,158 (or 3.5%); x/y!"));
  }

  @Test
  void sentencesEndAtPunctuationThenSpaceNotAtAbbreviationsOrLowerCase() {
    assertEquals(List.of("Dr. Smith leads the team.", "We meet e.g. weekly, approx. twice.", "Done!", "Really?"),
        sentences("Dr. Smith leads the team. We meet e.g. weekly, approx. twice.  Done! Really?"));
  }

  @Test
  void aLineBreakEndsASentenceAndATextWithoutAnEndIsOne() {
    assertEquals(List.of("First line", "second line"), sentences("First line\nsecond line"));
    assertEquals(List.of("Plan events"), sentences("Plan events"));
    assertEquals(List.of(), sentences("   "));
  }

  @Test
  void sentenceSpansAreTrimmedAndClosingQuotesStayWithTheirSentence() {
    String text = "  She said \"stop.\" Then left.  ";
    assertEquals(List.of(new Span(2, 18), new Span(19, 29)), Prose.sentences(text));
  }
}
