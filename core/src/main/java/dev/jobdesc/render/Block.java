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

  /** A paragraph of text. */
  record Paragraph(String text) implements Block {
    /** Checks the text is present. */
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A bulleted list. */
  record Bullets(List<Item> items) implements Block {
    /** Copies the items. */
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /**
   * One list item: its text; an optional marker such as "Preferred" (a label, shown before the
   * text); short notes on it such as "Education: High school" (shown after the text, e.g. in
   * parentheses); and an optional detail sentence (shown last).
   */
  record Item(String text, Optional<String> marker, List<String> notes, Optional<String> detail) {
    /** Copies the notes. */
    public Item {
      notes = List.copyOf(notes);
    }

    /** An item with only its text. */
    public static Item of(String text) {
      return new Item(text, Optional.empty(), List.of(), Optional.empty());
    }
  }

  /** Label–value facts, as a definition list. */
  record Facts(List<Fact> facts) implements Block {
    /** Copies the facts. */
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  /**
   * One fact: a label, its value, and a link target for the value when it is an absolute
   * {@code http}/{@code https} URL or a {@code mailto:} address (never anything else).
   */
  record Fact(String label, String value, Optional<String> link) {
    /** A fact without a link. */
    public static Fact of(String label, String value) {
      return new Fact(label, value, Optional.empty());
    }
  }

  /** A titled group inside a part: an experience tier, a question and its answer, a section. */
  record Group(String heading, List<Block> blocks) implements Block {
    /** Copies the blocks. */
    public Group {
      blocks = List.copyOf(blocks);
    }
  }
}
