package dev.jobdesc.render.markdown;

import java.util.List;

/** Text that is Markdown, HTML, a URL or a terminal escape: data that must stay text. */
final class HostileText {
  /** The sample string of the issue: a bit of every kind of markup on one line and the next. */
  static final String EVERYTHING =
      "*em* _x_ [a](http://x) <b>hi</b> <script>alert(1)</script> # h1\n> quote\n- item\n1. x\n"
          + "    code\n```\n ~~s~~ | t | &amp; &#65; \\ ![i](j) https://auto.link <http://x>";

  /** Every construct on its own, at the start of the text where block syntax starts. */
  static final List<String> STRINGS =
      List.of(
          EVERYTHING,
          "# heading", "###### six", "#hashtag", "Heading #", "Closed ##",
          "> quote", ">quote", "- item", "+ item", "* item", "-", "+", "1. first", "1) first",
          "123456789. nine digits", "2024. a year", "===", "---", "***", "___", "- - -", "* * *",
          "Setext\n===", "Setext\n---", "    indented code", "\tcode after a tab", "```js", "~~~",
          "``code`` and `code`", "<div>block</div>", "<!-- comment -->", "<?php echo 1; ?>",
          "<![CDATA[x]]>", "</script><script>alert(1)</script>", "<http://x.org>", "<a@b.org>",
          "[link](http://x.org)", "[ref]: http://x.org", "[ref]", "[^1] footnote", "- [ ] task",
          "[x] done", "![image](i.png)", "| a | b |\n| --- | --- |\n| c | d |", "a | b",
          "**strong** __strong__ *em* _em_ ***both*** snake_case_name 2*3*4",
          "~one~ ~~two~~", "&amp; &#65; &#x41; &copy; & alone", "ends with a backslash\\",
          "\\*escaped already\\*", "trailing spaces  ", "hard\\\nbreak", "two spaces  \nbreak",
          "soft\nbreak", "https://example.org http://x.org/y?z=1&w=2 ftp://f.org",
          "www.example.org WWW.EXAMPLE.ORG", "mailto:a@b.org xmpp:a@b.org a.b-c_d@example.co.uk",
          "$x^2$ and $$math$$", ":smile: @user #123 !important", "(parentheses) \"quotes\" 'single'",
          "line\u2028separator next\u0085line paragraph\u2029separator",
          "\u001B[31mred\u001B[0m \u202Eevil\u202C \u0000 \u009B \uD800 lone");

  private HostileText() {}
}
