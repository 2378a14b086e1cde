package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlInjectionTest {
  private static final Set<String> TAGS =
      Set.of("html", "head", "meta", "title", "style", "script", "body", "h1", "p", "ul", "li",
          "a", "div");
  private static final Set<String> ATTRIBUTES =
      Set.of("lang", "charset", "type", "class", "href");

  private static final String PAGE =
      "<!DOCTYPE html>\n<html lang=\"en-US\"><head><meta charset=\"utf-8\"><title>&lt;b&gt;"
          + "</title><style>p{margin:0}</style><script type=\"application/ld+json\">"
          + "{\"title\":\"\\u003c/script\\u003e\"}</script></head>\n<body>%s</body></html>";

  @Test
  void escapedTextAndTheRenderersOwnMarkupPass() {
    HtmlInjection.assertNoHtmlInjection(
        PAGE.formatted(
            "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><p class=\"x\">&quot;&gt;&lt;img src=x"
                + " onerror=alert(1)&gt; &lt;!-- javascript:alert(1)</p><ul><li><a"
                + " href=\"https://x.example/?q=&amp;a='x'\">*injected*</a></li><li><a"
                + " href=\"mailto:o'brien@x.example\">o'brien</a></li></ul>"),
        TAGS,
        ATTRIBUTES);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<img src=x onerror=alert(1)>                               | <img>, an element",
        "<p onclick=alert(1)>injected</p>                           | onclick, an attribute",
        "<a href=\"javascript:alert(1)\">x</a>                      | href is not an absolute",
        "<a href=\"java&#x09;script:alert(1)\">x</a>                | href is not an absolute",
        "<a href=\"https://x.invalid/\">injected</a>                | href points to a host under .invalid",
        "<script>alert(1)</script>                                  | a script that is not",
        "<script type=\"application/ld+json\">{\"a\":\"</script>\"} | JSON-LD that is not safe",
        "<!-- injected -->                                          | a comment",
        "<base href=\"https://x.invalid/\">                         | <base>, an element",
        "</title><style>*{display:none}</style><b>x</b>            | <b>, an element"
      })
  void eachKindOfInjectionFails(String body, String problem) {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> HtmlInjection.assertNoHtmlInjection(PAGE.formatted(body), TAGS, ATTRIBUTES));
    assertTrue(failure.getMessage().contains(problem), failure::getMessage);
    assertTrue(failure.getMessage().startsWith("HTML injection at line "), failure::getMessage);
  }

  @Test
  void commentsPassWhenTheRendererWritesThem() {
    Set<String> tagsAndComments = new java.util.HashSet<>(TAGS);
    tagsAndComments.add("#comment");
    HtmlInjection.assertNoHtmlInjection(
        PAGE.formatted("<!-- made by jobdesc --><p>x</p>"), tagsAndComments, ATTRIBUTES);
  }

  @Test
  void aFragmentNeedsNoPageAroundItButItsFrameIsStillChecked() {
    Set<String> tags = Set.of("div", "p");
    Set<String> attributes = Set.of("class");
    HtmlInjection.assertNoHtmlFragmentInjection(
        "<div class=\"jobdesc\"><p>&lt;body onload=alert(1)&gt;</p></div>", tags, attributes);

    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () ->
                HtmlInjection.assertNoHtmlFragmentInjection(
                    "<div class=\"jobdesc\"><p><body onload=alert(1)></p></div>", tags, attributes));
    assertTrue(failure.getMessage().contains("onload, an attribute"), failure::getMessage);
  }
}
