package dev.jobdesc.internal.rules.readability;

import dev.jobdesc.internal.rules.DocumentText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bullet lists of a document and their sizes, from the pointers of its list items:
 * {@code /responsibilities/3/text} is item 3 of {@code /responsibilities}, {@code
 * /sections/0/items/4} item 4 of {@code /sections/0/items}, {@code /benefits/2/name} item 2 of
 * {@code /benefits}.
 */
final class Lists {
  /** A list's pointer, an item's index, and the field of an object item. */
  private static final Pattern ITEM = Pattern.compile("(.*)/(\\d+)(?:/text|/name)?");

  private Lists() {}

  /** Each list's pointer and its number of items, in document order. */
  static Map<String, Integer> sizes(DocumentText text) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (DocumentText.Entry entry : text.entries()) {
      if (entry.kind() != DocumentText.Kind.ITEM) {
        continue;
      }
      Matcher m = ITEM.matcher(entry.pointer());
      if (m.matches()) {
        sizes.merge(m.group(1), 1, Integer::sum);
      }
    }
    return sizes;
  }
}
