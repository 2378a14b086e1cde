package dev.jobdesc.benchmarks.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.render.html.internal.HtmlText;
import org.junit.jupiter.api.Test;
import org.owasp.encoder.Encode;

/** The hand-written escaping gives the OWASP encoder's output on cleaned text, for every char. */
class EscapingTest {
  @Test
  void contentAndAttributeEscapingEqualOwaspOnEveryUtf16CodeUnit() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = "a" + (char) c + "b";
      String clean = HtmlText.clean(text);
      StringBuilder content = new StringBuilder();
      Escaping.content(content, text);
      assertEquals(Encode.forHtmlContent(clean), content.toString(), () -> "content " + text);
      StringBuilder attribute = new StringBuilder();
      Escaping.attribute(attribute, text);
      assertEquals(Encode.forHtmlAttribute(clean), attribute.toString(), () -> "attribute " + text);
    }
  }

  @Test
  void surrogatePairsPassThroughAsTheyAre() {
    String emoji = "x\uD83D\uDE00y";
    StringBuilder out = new StringBuilder();
    Escaping.content(out, emoji);
    assertEquals(Encode.forHtmlContent(emoji), out.toString());
  }
}
