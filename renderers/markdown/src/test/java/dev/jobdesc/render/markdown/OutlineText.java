package dev.jobdesc.render.markdown;

import dev.jobdesc.render.Block;
import dev.jobdesc.render.Block.Bullets;
import dev.jobdesc.render.Block.Facts;
import dev.jobdesc.render.Block.Group;
import dev.jobdesc.render.Block.Item;
import dev.jobdesc.render.Block.Paragraph;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.OutlinePart;
import dev.jobdesc.render.SafeText;
import java.util.ArrayList;
import java.util.List;

/**
 * The text a reader must get back from an outline, block by block, in order: each heading, each
 * paragraph, each list item as {@code Marker: text (note; note) — detail}, each fact as
 * {@code Label: value}. Whitespace runs are one space, as in a Markdown paragraph; control
 * characters are replaced as in every text output.
 */
final class OutlineText {
  private final List<String> texts = new ArrayList<>();

  private OutlineText() {}

  /** The block texts of {@code outline}. */
  static List<String> blockTexts(Outline outline) {
    OutlineText text = new OutlineText();
    for (OutlinePart part : outline.parts()) {
      text.add(part.heading());
      text.blocks(part.blocks());
    }
    return text.texts;
  }

  /** How many headings the outline has: one per part, one per group. */
  static int headingCount(Outline outline) {
    return outline.parts().stream().mapToInt(part -> 1 + groups(part.blocks())).sum();
  }

  /** The link targets of the outline's facts, in order. */
  static List<String> links(Outline outline) {
    List<String> links = new ArrayList<>();
    outline.parts().forEach(part -> links(part.blocks(), links));
    return links;
  }

  private static int groups(List<Block> blocks) {
    return blocks.stream().filter(Group.class::isInstance).mapToInt(b -> 1 + groups(((Group) b).blocks())).sum();
  }

  private static void links(List<Block> blocks, List<String> links) {
    for (Block block : blocks) {
      if (block instanceof Facts facts) {
        facts.facts().forEach(fact -> fact.link().ifPresent(links::add));
      } else if (block instanceof Group group) {
        links(group.blocks(), links);
      }
    }
  }

  /** {@code text} as one line with single spaces, the way Markdown gives it back. */
  static String normalized(String text) {
    return SafeText.of(text).replaceAll("[ \t\n]+", " ").trim();
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        add(paragraph.text());
      } else if (block instanceof Bullets bullets) {
        bullets.items().forEach(item -> add(item(item)));
      } else if (block instanceof Facts facts) {
        facts.facts().forEach(fact -> add(fact.label() + ": " + fact.value()));
      } else if (block instanceof Group group) {
        add(group.heading());
        blocks(group.blocks());
      }
    }
  }

  private static String item(Item item) {
    StringBuilder text = new StringBuilder();
    item.marker().ifPresent(marker -> text.append(marker).append(": "));
    text.append(item.text());
    if (!item.notes().isEmpty()) {
      text.append(" (").append(String.join("; ", item.notes())).append(')');
    }
    item.detail().ifPresent(detail -> text.append(" — ").append(detail));
    return text.toString();
  }

  private void add(String text) {
    texts.add(normalized(text));
  }
}
