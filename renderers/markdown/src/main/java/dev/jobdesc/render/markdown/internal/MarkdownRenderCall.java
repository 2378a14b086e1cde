package dev.jobdesc.render.markdown.internal;

import static dev.jobdesc.render.markdown.internal.MarkdownEscaper.escape;

import dev.jobdesc.render.Block;
import dev.jobdesc.render.Block.Bullets;
import dev.jobdesc.render.Block.Fact;
import dev.jobdesc.render.Block.Facts;
import dev.jobdesc.render.Block.Group;
import dev.jobdesc.render.Block.Item;
import dev.jobdesc.render.Block.Paragraph;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.OutlinePart;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.markdown.MarkdownPartRenderer;
import dev.jobdesc.render.markdown.MarkdownRenderContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One render call of the Markdown renderer: the context its part renderers write through. Every
 * string of the outline reaches the output through {@link MarkdownEscaper}; only the syntax around
 * it is written here.
 */
public final class MarkdownRenderCall implements MarkdownRenderContext {
  private static final int DEEPEST_HEADING = 6;
  /** Link targets a reader may follow; the outline only gives these, and this makes sure. */
  private static final Pattern FOLLOWABLE_LINK = Pattern.compile("(?i)(https?|mailto):.+");

  private final Outline outline;
  private final int headingOffset;
  private final Map<Part, MarkdownPartRenderer> partRenderers;
  private final MarkdownWriter writer;
  private int headingLevel;

  /** A call that renders {@code outline} to {@code out}, with the registered part renderers. */
  public MarkdownRenderCall(
      Outline outline, Appendable out, int headingOffset, Map<Part, MarkdownPartRenderer> partRenderers) {
    this.outline = outline;
    this.headingOffset = headingOffset;
    this.partRenderers = partRenderers;
    this.writer = new MarkdownWriter(out);
  }

  /** Renders every part, each with its registered renderer or else the default. */
  public void render() {
    for (OutlinePart part : outline.parts()) {
      MarkdownPartRenderer renderer = partRenderers.get(part.part());
      if (renderer != null) {
        renderer.render(part, this);
      } else {
        heading(part.part() == Part.TITLE ? 1 : 2, part.heading());
        blocks(part.blocks());
      }
    }
  }

  @Override
  public Outline outline() {
    return outline;
  }

  @Override
  public void heading(int level, String text) {
    headingLevel = level;
    writer.heading(Math.min(DEEPEST_HEADING, level + headingOffset), escape(text));
  }

  @Override
  public void paragraph(String text) {
    writer.paragraph(escape(text));
  }

  @Override
  public void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        paragraph(paragraph.text());
      } else if (block instanceof Bullets bullets) {
        bullets.items().forEach(item -> writer.listItem(item(item)));
      } else if (block instanceof Facts facts) {
        facts.facts().forEach(fact -> writer.listItem(fact(fact)));
      } else if (block instanceof Group group) {
        int outer = headingLevel;
        heading(outer + 1, group.heading());
        blocks(group.blocks());
        headingLevel = outer;
      }
    }
  }

  /** {@code **Preferred:** text (note; note) — detail}. */
  private static String item(Item item) {
    StringBuilder text = new StringBuilder(item.text());
    if (!item.notes().isEmpty()) {
      text.append(" (").append(String.join("; ", item.notes())).append(')');
    }
    item.detail().ifPresent(detail -> text.append(" — ").append(detail));
    return item.marker().map(marker -> strong(marker + ":") + " ").orElse("") + escape(text.toString());
  }

  /** {@code **Label:** value}, the value a link where the outline gives one. */
  private static String fact(Fact fact) {
    String value = escape(fact.value());
    String shown =
        fact.link()
            .filter(link -> FOLLOWABLE_LINK.matcher(link).matches())
            .map(link -> "[" + value + "](" + MarkdownEscaper.linkDestination(link) + ")")
            .orElse(value);
    return strong(fact.label() + ":") + " " + shown;
  }

  private static String strong(String text) {
    return "**" + escape(text) + "**";
  }
}
