package dev.jobdesc.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The oracle itself: it must find errors where there are some, or a green run means nothing. */
class NuHtmlCheckerTest {

  @Test
  void findsAParagraphInAList() throws Exception {
    List<String> errors = errorsIn("<ul><p>x</p></ul>");
    assertTrue(
        errors.stream().anyMatch(e -> e.contains("“p” not allowed as child of element “ul”")), errors::toString);
  }

  @Test
  void findsAForbiddenCodePoint() throws Exception {
    List<String> errors = errorsIn("<p>next\u0085line</p>");
    assertTrue(errors.stream().anyMatch(e -> e.contains("Forbidden code point U+0085")), errors::toString);
  }

  @Test
  void findsABadLinkTarget() throws Exception {
    List<String> errors = errorsIn("<p><a href=\"http://a b\">x</a></p>");
    assertTrue(
        errors.stream().anyMatch(e -> e.contains("Bad value “http://a b” for attribute “href”")), errors::toString);
  }

  @Test
  void passesTheHostPageItself() throws Exception {
    assertEquals(List.of(), errorsIn("<p>x</p>"));
  }

  private static List<String> errorsIn(String body) throws Exception {
    return NuHtmlChecker.shared().errors(NuHtmlChecker.inHostPage(body));
  }
}
