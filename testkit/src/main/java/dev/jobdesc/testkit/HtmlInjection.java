package dev.jobdesc.testkit;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Checks that rendered HTML holds only markup its renderer writes, whatever the text of the
 * document (quality target R1). The HTML is parsed with jsoup, as a browser parses it, and fails
 * with an {@link AssertionError} naming the line and column of the first node where:
 *
 * <ul>
 *   <li>an element's tag, or one of its attributes, is not among those the renderer writes;
 *   <li>a link or resource attribute ({@code href}, {@code src}, {@code action}…) holds anything
 *       but an absolute {@code http}, {@code https} or {@code mailto} URL or a {@code #fragment},
 *       or points to a host under {@code .invalid}, where only the payloads of
 *       {@link DocumentGenerator#hostile() hostile text} point;
 *   <li>a {@code script} is anything but JSON-LD ({@code type="application/ld+json"}) that passes
 *       {@link ScriptSafeJson#assertScriptSafeJson};
 *   <li>there is a comment, unless {@code "#comment"} is among the allowed tags: an unescaped
 *       {@code <!--} in text hides the rest of the page.
 * </ul>
 *
 * <p>An element injected from text with an allowed tag and no attribute cannot be told from the
 * renderer's own; it can neither run code nor send the reader elsewhere, and hostile documents
 * give each such tag an attribute ({@code onclick}) that fails the check.
 *
 * <pre>{@code
 * HtmlInjection.assertNoHtmlInjection(renderer.render(document),
 *     Set.of("html", "head", "meta", "title", "style", "script", "body", "h1", "h2", "p", "ul",
 *         "li", "dl", "dt", "dd", "a"),
 *     Set.of("lang", "charset", "name", "content", "type", "class", "href"));
 * }</pre>
 *
 * <p>Needs {@code org.jsoup:jsoup} on the test class path: the testkit depends on it optionally.
 *
 * @since 0.1
 */
public final class HtmlInjection {
  /**
   * The elements jobdesc's own {@code html} renderer writes on a page: the allowed tags for
   * checking its pages, or a page of yours that embeds nothing else.
   *
   * @since 0.1
   */
  public static final Set<String> JOBDESC_PAGE_ELEMENTS =
      Set.of(
          "html", "head", "meta", "title", "style", "script", "body", "main", "article", "header",
          "section", "h1", "h2", "h3", "p", "ul", "li", "dl", "div", "dt", "dd", "strong", "span",
          "a");

  /**
   * The elements jobdesc's {@code html-fragment} renderer writes.
   *
   * @since 0.1
   */
  public static final Set<String> JOBDESC_FRAGMENT_ELEMENTS =
      Set.of(
          "article", "header", "section", "h1", "h2", "h3", "p", "ul", "li", "dl", "div", "dt",
          "dd", "strong", "span", "a");

  /**
   * The attributes jobdesc's {@code html} and {@code html-fragment} renderers write.
   *
   * @since 0.1
   */
  public static final Set<String> JOBDESC_ATTRIBUTES =
      Set.of("lang", "charset", "name", "content", "type", "class", "dir", "href");

  /** Attributes whose value is a URL the browser follows or fetches. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "srcset", "action", "formaction", "poster", "cite", "data",
          "background", "ping", "xlink:href", "longdesc", "manifest", "codebase", "usemap");

  /** What the parser adds around a fragment. */
  private static final Set<String> FRAGMENT_FRAME = Set.of("html", "head", "body");

  private static final String JSON_LD = "application/ld+json";
  private static final String COMMENT = "#comment";
  private static final int SHOWN = 300;

  private HtmlInjection() {}

  /**
   * Fails if the page {@code html} has an element, attribute, link, script or comment that its
   * renderer does not write.
   *
   * @param html a whole page, {@code <!DOCTYPE html>} and {@code <html>} included
   * @param allowedTags the tags the renderer writes, lower case; the parser adds {@code html},
   *     {@code head} and {@code body} to a page without them, so a page renderer lists them
   * @param allowedAttributes the attribute names the renderer writes, lower case
   */
  public static void assertNoHtmlInjection(
      String html, Set<String> allowedTags, Set<String> allowedAttributes) {
    check(html, allowedTags, allowedAttributes, Set.of());
  }

  /**
   * Fails if the fragment {@code html}, such as {@code html-fragment} writes, has an element,
   * attribute, link, script or comment that its renderer does not write; the {@code html},
   * {@code head} and {@code body} elements the parser puts around it need not be allowed, but
   * their attributes are checked.
   *
   * @param html the rendered fragment
   * @param allowedTags the elements its renderer writes
   * @param allowedAttributes the attributes its renderer writes
   */
  public static void assertNoHtmlFragmentInjection(
      String html, Set<String> allowedTags, Set<String> allowedAttributes) {
    check(html, allowedTags, allowedAttributes, FRAGMENT_FRAME);
  }

  private static void check(
      String html, Set<String> tags, Set<String> attributes, Set<String> frame) {
    // jsoup reads U+FFFF as the end of its input, so a page holding one, as hostile text may,
    // would lose its rest; a browser reads on. The same length keeps positions right.
    String readable = html.replace('\uFFFF', '\uFFFD');
    Document page = Jsoup.parse(readable, "", Parser.htmlParser().setTrackPosition(true));
    page.nodeStream()
        .forEach(
            node -> {
              if (node instanceof Comment && !tags.contains(COMMENT)) {
                fail(node, "a comment, which the renderer does not write; text that opens one"
                    + " hides the rest of the page");
              } else if (node instanceof Element element && !(node instanceof Document)) {
                checkElement(element, tags, attributes, frame);
              }
            });
  }

  private static void checkElement(
      Element element, Set<String> tags, Set<String> attributes, Set<String> frame) {
    String tag = element.normalName();
    if (!tags.contains(tag) && !frame.contains(tag)) {
      fail(element, "<" + tag + ">, an element the renderer does not write");
    }
    for (Attribute attribute : element.attributes()) {
      String name = attribute.getKey().toLowerCase(Locale.ROOT);
      if (!attributes.contains(name)) {
        fail(element, name + ", an attribute the renderer does not write");
      }
      if (URL_ATTRIBUTES.contains(name)) {
        LinkTargets.problem(attribute.getValue())
            .ifPresent(problem -> fail(element, name + " " + problem));
      }
    }
    if (tag.equals("script")) {
      checkScript(element);
    }
  }

  private static void checkScript(Element script) {
    if (!script.attr("type").strip().equalsIgnoreCase(JSON_LD)) {
      fail(script, "a script that is not " + JSON_LD + ", so a browser runs it");
    }
    try {
      ScriptSafeJson.assertScriptSafeJson(script.data());
    } catch (AssertionError e) {
      fail(script, "JSON-LD that is not safe in a script: " + e.getMessage());
    }
  }

  private static void fail(Node node, String problem) {
    String html = node.outerHtml();
    String shown = html.length() <= SHOWN ? html : html.substring(0, SHOWN) + "…";
    throw new AssertionError("HTML injection" + where(node) + ": " + problem + "\n  in: " + shown);
  }

  private static String where(Node node) {
    Range range = node.sourceRange();
    return range.isTracked() && !range.isImplicit()
        ? " at line " + range.start().lineNumber() + ", column " + range.start().columnNumber()
        : "";
  }
}
