package dev.jobdesc.render.html.internal;

import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.html.HtmlWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.encoder.Encode;

/**
 * The {@link HtmlWriter} of one render call, streaming to an {@link Appendable}. Besides the safe
 * public methods it has package-private ones for the page's own fixed markup (doctype, head),
 * which part renderers cannot reach. It ends lines between block elements only, never inside
 * an element that holds text, where a line break could show.
 */
final class SafeHtmlWriter implements HtmlWriter {
  private static final Set<String> ELEMENTS =
      Set.of(
          "article", "section", "header", "footer", "aside", "div", "span", "p",
          "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
          "strong", "em", "b", "i", "small", "mark", "abbr", "cite", "q", "blockquote",
          "time", "data", "sub", "sup", "a",
          "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td");
  private static final Set<String> ATTRIBUTES =
      Set.of(
          "class", "id", "lang", "dir", "title", "datetime", "value", "colspan", "rowspan",
          "scope", "headers", "role");
  /** Elements whose content is other elements: the writer ends a line after their start tag. */
  private static final Set<String> CONTAINERS =
      Set.of(
          "article", "section", "header", "footer", "aside", "ul", "ol", "dl", "blockquote",
          "table", "thead", "tbody", "tfoot", "tr");
  /** Elements the writer ends a line after, besides containers. */
  private static final Set<String> BLOCKS =
      Set.of("div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "caption", "th", "td");
  /** {@code aria-*} and {@code data-*} names; never an {@code on*} event handler. */
  private static final Pattern PREFIXED_ATTRIBUTE = Pattern.compile("(aria|data)-[a-z0-9-]+");

  private final Appendable out;
  private final Deque<String> open = new ArrayDeque<>();

  SafeHtmlWriter(Appendable out) {
    this.out = out;
  }

  @Override
  public void start(String name, String... attributes) {
    if (!ELEMENTS.contains(name)) {
      throw new IllegalArgumentException("element not allowed: " + name);
    }
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs: odd count");
    }
    // Check everything before writing anything: a refused tag leaves no half-written markup.
    for (int i = 0; i < attributes.length; i += 2) {
      checkAttribute(name, attributes[i], attributes[i + 1]);
    }
    markup("<");
    markup(name);
    for (int i = 0; i < attributes.length; i += 2) {
      markup(" ");
      markup(attributes[i]);
      markup("=\"");
      attributeValue(attributes[i + 1]);
      markup("\"");
    }
    markup(">");
    open.push(name);
    if (CONTAINERS.contains(name)) {
      newline();
    }
  }

  @Override
  public void end(String name) {
    if (!name.equals(open.peek())) {
      throw new IllegalStateException("cannot close " + name + ": open is " + open.peek());
    }
    open.pop();
    markup("</");
    markup(name);
    markup(">");
    if (CONTAINERS.contains(name) || BLOCKS.contains(name)) {
      newline();
    }
  }

  @Override
  public void text(String text) {
    markup(Encode.forHtmlContent(HtmlText.clean(text)));
  }

  /** Writes {@code html} as it is: only for the renderer's own constant markup. */
  void markup(CharSequence html) {
    Renderer.append(out, html);
  }

  /** Writes {@code value} for a double-quoted attribute value. */
  void attributeValue(String value) {
    markup(Encode.forHtmlAttribute(HtmlText.clean(value)));
  }

  /** Ends a line, between elements, to keep the source readable. */
  void newline() {
    markup("\n");
  }

  /** How many elements opened through {@link #start} are still open. */
  int openElements() {
    return open.size();
  }

  private static void checkAttribute(String element, String attribute, String value) {
    if (attribute.equals("href")) {
      if (!element.equals("a")) {
        throw new IllegalArgumentException("href is allowed only on a, not on " + element);
      }
      if (!LinkTargets.isAllowed(value)) {
        throw new IllegalArgumentException("link target not http(s) or mailto: " + value);
      }
    } else if (!ATTRIBUTES.contains(attribute) && !PREFIXED_ATTRIBUTE.matcher(attribute).matches()) {
      throw new IllegalArgumentException("attribute not allowed: " + attribute);
    }
  }
}
