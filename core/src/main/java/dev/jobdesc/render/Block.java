package dev.jobdesc.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of a rendered part: a paragraph, a list, a list of facts, or a titled group of blocks.
 * Text in blocks is the document's plain text (or a label): each format escapes it.
 *
 * @since 0.1
 */
public sealed interface Block {

  /**
   * A paragraph of text.
   *
   * @param text the paragraph
   */
  record Paragraph(String text) implements Block {
    /**
     * Checks the text is present.
     *
     * @param text the paragraph
     */
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A bulleted list.
   *
   * @param items the list items, in order
   */
  record Bullets(List<Item> items) implements Block {
    /**
     * Copies the items.
     *
     * @param items the list items, in order
     */
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /**
   * One list item: its text; an optional marker such as "Preferred" (a label, shown before the
   * text); short notes on it such as "Education: High school" (shown after the text, e.g. in
   * parentheses); and an optional detail sentence (shown last).
   *
   * @param text the item's text
   * @param marker a label before the text, e.g. "Preferred"; empty for none
   * @param notes further lines under the item
   * @param detail more about the item, after a dash, e.g. a qualification's detail
   */
  record Item(String text, Optional<String> marker, List<String> notes, Optional<String> detail) {
    /**
     * Copies the notes.
     *
     * @param text the item's text
     * @param marker a label before the text, e.g. "Preferred"; empty for none
     * @param notes further lines under the item
     * @param detail more about the item, after a dash, e.g. a qualification's detail
     */
    public Item {
      notes = List.copyOf(notes);
    }

    /**
     * {@return an item with only its text}
     *
     * @param text the item's text
     */
    public static Item of(String text) {
      return new Item(text, Optional.empty(), List.of(), Optional.empty());
    }
  }

  /**
   * Label–value facts, as a definition list.
   *
   * @param facts the facts, in order
   */
  record Facts(List<Fact> facts) implements Block {
    /**
     * Copies the facts.
     *
     * @param facts the facts, in order
     */
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  /**
   * One fact: a label, its value, and a link target for the value when it is an absolute
   * {@code http}/{@code https} URL or a {@code mailto:} address (never anything else).
   *
   * @param label what the fact is, e.g. "Location"
   * @param value the fact itself
   * @param link where the value links to; empty for no link
   */
  record Fact(String label, String value, Optional<String> link) {
    /**
     * {@return a fact without a link}
     *
     * @param label what the fact is, e.g. "Location"
     * @param value the fact itself
     */
    public static Fact of(String label, String value) {
      return new Fact(label, value, Optional.empty());
    }
  }

  /**
   * A titled group inside a part: an experience tier, a question and its answer, a section.
   *
   * @param heading the group's heading
   * @param blocks the blocks under it, in order
   */
  record Group(String heading, List<Block> blocks) implements Block {
    /**
     * Copies the blocks.
     *
     * @param heading the group's heading
     * @param blocks the blocks under it, in order
     */
    public Group {
      blocks = List.copyOf(blocks);
    }
  }
}
