package dev.jobdesc.render.markdown;

import static dev.jobdesc.render.markdown.internal.MarkdownEscaper.escape;
import static dev.jobdesc.render.markdown.internal.MarkdownEscaper.linkDestination;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class MarkdownEscaperTest {
  static final List<String> HOSTILE = HostileText.STRINGS;

  @Test
  void inlineMarkupIsEscapedWithBackslashes() {
    assertEquals("\\*em\\* \\_x\\_ \\~\\~s\\~\\~ \\`code\\`", escape("*em* _x_ ~~s~~ `code`"));
    assertEquals("\\[a\\](http\\://x) !\\[i\\](j)", escape("[a](http://x) ![i](j)"));
    assertEquals("\\<b\\>hi\\</b\\> \\&amp; \\&\\#65; \\| \\$5", escape("<b>hi</b> &amp; &#65; | $5"));
    assertEquals("a\\\\b\\\\", escape("a\\b\\"));
  }

  @Test
  void autolinksOfGfmAreBrokenWithoutChangingTheText() {
    assertEquals("https\\://x.org www\\.x.org WWW\\.X.ORG jobs\\@x.org", escape("https://x.org www.x.org WWW.X.ORG jobs@x.org"));
  }

  @Test
  void blockSyntaxAtTheStartIsEscaped() {
    assertEquals("\\# h1", escape("# h1"));
    assertEquals("\\> quote", escape("> quote"));
    assertEquals("\\- item", escape("- item"));
    assertEquals("\\+ item", escape("+ item"));
    assertEquals("1\\. x", escape("1. x"));
    assertEquals("123456789\\) x", escape("123456789) x"));
    assertEquals("\\===", escape("==="));
    assertEquals("\\---", escape("---"));
  }

  @Test
  void whatIsMarkupOnlyAtTheStartIsLeftAloneElsewhere() {
    assertEquals("Mon-Fri, 9-5 + overtime = 45 hours, 1. or 2)", escape("Mon-Fri, 9-5 + overtime = 45 hours, 1. or 2)"));
    assertEquals("1234567890. is no list marker", escape("1234567890. is no list marker"));
    assertEquals("37.5 hours, 2024.", escape("37.5 hours, 2024."));
    assertEquals("2024\\.", escape("2024."));
  }

  @Test
  void whitespaceRunsAndLineBreaksBecomeOneSpaceAndTheEndsAreTrimmed() {
    assertEquals("code line two tab", escape("    code\nline  two\r\n\ttab  "));
  }

  @Test
  void linkDestinationsAreEscapedInsideAngleBrackets() {
    assertEquals("<https://x.org/a_(b)?c=d\\&amp;e>", linkDestination("https://x.org/a_(b)?c=d&amp;e"));
    assertEquals("<https://x.org/\\<\\>\\\\>", linkDestination("https://x.org/<>\\"));
  }

  @ParameterizedTest
  @FieldSource("HOSTILE")
  void hostileTextParsesBackAsItsTextWhereverItStands(String text) {
    String escaped = escape(text);
    String expected = OutlineText.normalized(text);
    for (String markdown : List.of(escaped, "- " + escaped, "# " + escaped, "- **Label:** " + escaped)) {
      MarkdownTree tree = MarkdownTree.parse(markdown);
      assertEquals(List.of(), tree.foreignNodes(), markdown);
      String parsed = String.join("", tree.blockTexts()).replaceFirst("^Label: ", "");
      assertEquals(expected, parsed, markdown);
    }
  }
}
