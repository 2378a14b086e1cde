package dev.jobdesc.render.html;

/**
 * Writes HTML safely: the only way a part renderer writes. Text and attribute values go through
 * the OWASP Java Encoder, after the code points HTML forbids are replaced by U+FFFD; element and
 * attribute names come from a fixed allow-list; a link target must be an absolute {@code http} or
 * {@code https} URL or a {@code mailto:} address; elements close in order. Whatever a document
 * holds, it cannot become markup through this writer.
 *
 * <p>Allowed elements: {@code article section header footer aside div span p h1}–{@code h6
 * ul ol li dl dt dd strong em b i small mark abbr cite q blockquote time data sub sup a table
 * caption thead tbody tfoot tr th td}. Allowed attributes: {@code class id lang dir title datetime
 * value colspan rowspan scope headers role}, {@code aria-*}, {@code data-*}, and {@code href} on
 * {@code a}. Anything else is a programming error and throws {@link IllegalArgumentException}.
 *
 * @since 0.1
 */
public interface HtmlWriter {

  /**
   * Opens element {@code name} with attributes given as name, value pairs, in that order:
   * {@code start("section", "class", "my-part")}.
   *
   * @param name the element, from the allow-list
   * @param attributes attribute names and values, alternating
   * @throws IllegalArgumentException for an element or attribute outside the allow-list, an odd
   *     number of attribute arguments, or a link target that is not http(s) or mailto
   */
  void start(String name, String... attributes);

  /**
   * Closes element {@code name}, the one opened last.
   *
   * @param name the element
   * @throws IllegalStateException when {@code name} is not the element open innermost
   */
  void end(String name);

  /**
   * Writes {@code text} as text: escaped, forbidden code points replaced.
   *
   * @param text plain text
   */
  void text(String text);

  /**
   * Writes element {@code name} with one class and {@code text} as its content.
   *
   * @param name the element, from the allow-list
   * @param cssClass its one class
   * @param text its content, plain text
   */
  default void element(String name, String cssClass, String text) {
    start(name, "class", cssClass);
    text(text);
    end(name);
  }
}
