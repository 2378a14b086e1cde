package dev.jobdesc.testkit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Text that attacks whatever displays it, among ordinary words of a document's language: every
 * string starts with a payload and mixes in more — HTML and script markup, Markdown syntax,
 * {@code javascript:} and other URL-looking text, template placeholders, bidi controls, NUL and the
 * other C0 and C1 controls, lone surrogates, emoji and piles of combining marks — and now and then
 * fills its whole length limit, 10,000 characters for free text, sometimes as one unbroken word.
 * Strings stay non-blank and within their limits, so documents stay valid; leading blanks are kept,
 * as a document built in Java may have them.
 *
 * <p>The payloads follow three conventions, so that the injection checks can tell a payload the
 * renderer interpreted from one it escaped, even when the renderer writes the same markup itself:
 *
 * <ul>
 *   <li>the content of markup payloads is the word {@value #MARKER}, which ordinary words never
 *       are, so a Markdown node whose whole text is that word was made by data
 *       ({@link MarkdownInjection});
 *   <li>payload links and resources point to hosts under {@value #INJECTED_DOMAIN} (RFC 2606),
 *       which no URL field uses, so a link there was made by data;
 *   <li>each tag a renderer may write itself ({@code a}, {@code p}, {@code li}, {@code h1},
 *       {@code div}, {@code span}, {@code style}, {@code script}) comes with an attribute no
 *       renderer writes, so it fails the allowed attributes even when its tag is allowed
 *       ({@link HtmlInjection}).
 * </ul>
 *
 * <p>Lone surrogates have no UTF-8 encoding, so hostile documents are for code that takes the
 * model in memory, such as renderers; they do not survive a trip through a file.
 */
final class HostileText implements Text {
  /** The content of every markup payload. */
  static final String MARKER = "injected";

  /** The domain payload links point into. */
  static final String INJECTED_DOMAIN = ".invalid";

  /** HTML and script: tags, attribute breakouts, comments, and what ends a script or style. */
  static final List<String> MARKUP =
      List.of(
          "<b>injected</b>",
          "<script>alert(1)</script>",
          "</script><!--",
          "</SCRIPT ><script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "'><svg onload=alert(1)>",
          "<style onload=alert(1)>*{display:none}</style>",
          "<style>",
          "</style><script>alert(1)</script>",
          "<iframe src=\"https://x.invalid/\"></iframe>",
          "<a href=\"https://x.invalid/\" onclick=alert(1)>injected",
          "<a href=\"javascript:alert(1)\">injected</a>",
          "<p onclick=alert(1)>injected</p>",
          "<li onclick=alert(1)>injected",
          "<h1 onclick=alert(1)>injected</h1>",
          "<div onclick=alert(1)>injected</div>",
          "<span onclick=alert(1)>injected</span>",
          "<script type=\"application/ld+json\" onload=alert(1)>",
          "</title><base href=\"https://x.invalid/\">",
          "<meta http-equiv=refresh content=\"0;url=x.invalid\">",
          "<form action=\"https://x.invalid/\"><button>injected",
          "<math><mi xlink:href=\"javascript:alert(1)\">injected",
          "</textarea></noscript></template>",
          "<![CDATA[injected]]>",
          "<!-- injected -->",
          "-->",
          "&lt;script&gt;",
          "&#60;script&#62;",
          "<",
          ">",
          "&",
          "\"",
          "'",
          "<\\/script>",
          "\"}]}",
          "\\\"");

  /** Markdown and GitHub's extensions, inline and at the start of a line. */
  static final List<String> MARKDOWN =
      List.of(
          "[injected](https://x.invalid/)",
          "[injected](<https://x.invalid/>)",
          "[injected][r]",
          "[r]: https://x.invalid/",
          "![injected](https://x.invalid/i.png)",
          "![injected](j)",
          "<https://x.invalid/>",
          "<injected@x.invalid>",
          "*injected*",
          "_injected_",
          "**injected**",
          "__injected__",
          "***injected***",
          "~~injected~~",
          "`injected`",
          "``injected``",
          "```\ninjected\n```",
          "~~~\ninjected\n~~~",
          // Not the marker alone: a renderer that strips leading blanks would leave just that.
          "    injected code",
          "# injected",
          "###### injected",
          "injected\n===",
          "injected\n---",
          "> injected",
          "- injected",
          "* injected",
          "+ injected",
          "1. injected",
          "1) injected",
          "- [ ] injected",
          "| injected |\n| --- |",
          "|t|",
          "***",
          "---",
          "\\",
          "\\*",
          "&amp;",
          "&#x3c;",
          "&copy;",
          "<div>\ninjected\n</div>");

  /** Text that looks like a link or means code in a link; links are made only from URL fields. */
  static final List<String> URL_LOOKALIKES =
      List.of(
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          " javascript:alert(1)",
          "java\tscript:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "vbscript:msgbox(1)",
          "https://bare.invalid/",
          "www.bare.invalid",
          "mailto:injected@x.invalid");

  /** Placeholders of template engines and format strings, and spreadsheet formulas. */
  static final List<String> PLACEHOLDERS =
      List.of(
          "{{injected}}",
          "${injected}",
          "#{injected}",
          "<%= injected %>",
          "{0}",
          "{1}",
          "%s%n%x",
          "=HYPERLINK(\"https://x.invalid/\")",
          "@SUM(1+1)");

  /** Characters that reorder, hide or pile up: bidi controls, invisibles, emoji, combining marks. */
  static final List<String> STRANGE_CHARACTERS =
      List.of(
          "\u202E", "\u202D", "\u202A", "\u202B", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069",
          "\u200E", "\u200F", "\u061C", "\u202Egnp.exe", "\u2067injected", "\u200B", "\u00AD",
          "\uFEFF", "\uFFFE", "\uFFFF", "\u2028", "\u2029", "\u00A0", "\u3000", "\u0085",
          "👩‍👩‍👧‍👦", "🏳️‍🌈", "🇺🇸🇬🇧", "Z\u0351\u0324\u0317a\u0352\u0315l\u0316g\u0358o",
          "e" + "\u0301".repeat(40), "\uD83D\uDE00\u0308");

  /** Halves of surrogate pairs without their other half, and a pair in the wrong order. */
  static final List<String> LONE_SURROGATES =
      List.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800");

  /** Payloads with a visible character, any of which can start a string and keep it non-blank. */
  static final List<String> VISIBLE =
      Stream.of(MARKUP, MARKDOWN, URL_LOOKALIKES, PLACEHOLDERS).flatMap(List::stream).toList();

  /** What a string may start with: blanks that make Markdown read an indented code block. */
  static final List<String> LEADING = List.of(" ", "    ", "\t", "\n");

  /** Between words: spaces mostly, but also line breaks (a Markdown hard one too), tabs, nothing. */
  private static final List<String> SEPARATORS =
      List.of(" ", " ", " ", " ", "", "\n", "\n\n", "\r\n", "\t", "  \n", "\r");

  private final Chance chance;
  private final TextSource words;

  /** Hostile text drawn from {@code chance}, with ordinary words from {@code words}. */
  HostileText(Chance chance, TextSource words) {
    this.chance = chance;
    this.words = words;
  }

  @Override
  public Locale locale() {
    return words.locale();
  }

  @Override
  public String phrase(int maxWords, int maxLength) {
    return atLimit(maxLength) ? exactly(maxLength) : compose(chance.between(1, maxWords), maxLength);
  }

  @Override
  public String sentence(int maxLength) {
    return atLimit(maxLength) ? exactly(maxLength) : compose(chance.between(2, 12), maxLength);
  }

  @Override
  public String paragraph(int maxLength) {
    return atLimit(maxLength) ? exactly(maxLength) : compose(chance.between(3, 25), maxLength);
  }

  /**
   * Exactly {@code length} characters of payloads and words; one time in four without a break
   * between them, as one long word that a renderer must wrap or let overflow.
   */
  @Override
  public String exactly(int length) {
    boolean unbroken = chance.oneIn(4);
    StringBuilder text = new StringBuilder(chance.pick(VISIBLE));
    while (text.length() < length) {
      text.append(unbroken ? "" : chance.pick(SEPARATORS)).append(token());
    }
    // The cut may split a surrogate pair: one more lone surrogate, which hostile text may hold.
    return text.substring(0, length);
  }

  /**
   * Whether to fill the whole limit: often for the short limits of titles, items and headings;
   * rarely for the 10,000 characters of free text, so that documents stay small enough to render
   * by the ten thousand, yet one in four or so still holds such a string among its dozens.
   */
  private boolean atLimit(int maxLength) {
    return chance.oneIn(maxLength > ValueGenerator.ITEM_TEXT_MAX ? 200 : 20);
  }

  /** {@code tokens} payloads and words, starting with a payload, cut to {@code maxLength}. */
  private String compose(int tokens, int maxLength) {
    StringBuilder text = new StringBuilder(chance.oneIn(8) ? chance.pick(LEADING) : "");
    text.append(payload());
    for (int i = 1; i < tokens; i++) {
      text.append(chance.pick(SEPARATORS)).append(token());
    }
    String cut = text.length() <= maxLength ? text.toString() : text.substring(0, maxLength);
    return isBlank(cut) ? chance.pick(VISIBLE) : cut;
  }

  /**
   * Whether {@code text} is blank to either of the validator's checks: {@code @NotBlank} trims
   * every control character (NUL, U+001C…), {@code @NoBlank} strips Unicode white space (U+2028…).
   */
  private static boolean isBlank(String text) {
    return text.trim().isEmpty() || text.isBlank();
  }

  private String token() {
    return chance.oneIn(2) ? payload() : words.word();
  }

  private String payload() {
    return switch (chance.between(0, 9)) {
      case 0 -> control();
      case 1 -> chance.pick(LONE_SURROGATES);
      case 2, 3 -> chance.pick(STRANGE_CHARACTERS);
      default -> chance.pick(VISIBLE);
    };
  }

  /** One C0 control (NUL among them), DEL, or one C1 control. */
  private String control() {
    int code = chance.oneIn(2) ? chance.between(0x00, 0x1F) : chance.between(0x7F, 0x9F);
    return String.valueOf((char) code);
  }
}
