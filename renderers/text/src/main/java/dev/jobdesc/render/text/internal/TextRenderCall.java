package dev.jobdesc.render.text.internal;

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
import dev.jobdesc.render.SafeText;
import dev.jobdesc.render.text.TextPartRenderer;
import dev.jobdesc.render.text.TextRenderContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One render call of the text renderer: the context its part renderers write through. */
public final class TextRenderCall implements TextRenderContext {
  private static final String BULLET = "- ";
  private static final String HANGING_INDENT = "  ";
  private static final Pattern LINE_BREAK = Pattern.compile("[ \t]*\n\s*");

  private final Outline outline;
  private final int width;
  private final Map<Part, TextPartRenderer> partRenderers;
  private final TextWriter writer;
  private int headingLevel;

  /** A call that renders {@code outline} to {@code out}, with the registered part renderers. */
  public TextRenderCall(Outline outline, Appendable out, int width, Map<Part, TextPartRenderer> partRenderers) {
    this.outline = outline;
    this.width = width;
    this.partRenderers = partRenderers;
    this.writer = new TextWriter(out, width, outline.locale());
  }

  /** Renders every part, each with its registered renderer or else the default. */
  public void render() {
    for (OutlinePart part : outline.parts()) {
      TextPartRenderer renderer = partRenderers.get(part.part());
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
  public int width() {
    return width;
  }

  @Override
  public void heading(int level, String text) {
    headingLevel = level;
    writer.beginBlock();
    // A heading is one run of text: a line break in it (U+0085 and U+2028 included) would leave a
    // blank line inside the heading, or between it and its underline.
    String oneLine = LINE_BREAK.matcher(SafeText.of(text).strip()).replaceAll(" ");
    List<String> lines = writer.wrapped(oneLine, "", "");
    if (level <= 2) {
      writer.rule(level == 1 ? '=' : '-', lines.stream().mapToInt(DisplayWidth::of).max().orElse(0));
      writer.endBlock();
    }
  }

  @Override
  public void paragraph(String text) {
    writer.beginBlock();
    writer.wrapped(text, "", "");
    writer.endBlock();
  }

  @Override
  public void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        paragraph(paragraph.text());
      } else if (block instanceof Bullets bullets) {
        lines(bullets.items().stream().map(TextRenderCall::item).toList(), BULLET);
      } else if (block instanceof Facts facts) {
        lines(facts.facts().stream().map(TextRenderCall::fact).toList(), "");
      } else if (block instanceof Group group) {
        group(group);
      }
    }
  }

  /** One block of lines, each wrapped with a hanging indent. */
  private void lines(List<String> lines, String firstPrefix) {
    writer.beginBlock();
    lines.forEach(line -> writer.wrapped(line, firstPrefix, HANGING_INDENT));
    writer.endBlock();
  }

  /** A group: its heading on a line of its own, its content indented below it. */
  private void group(Group group) {
    int outer = headingLevel;
    heading(outer + 1, group.heading());
    writer.indented(() -> blocks(group.blocks()));
    writer.endBlock(); // a group without content still ends before the next block
    headingLevel = outer;
  }

  /** {@code Preferred: text (note; note) — detail}. */
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

  /** {@code Label: value}, and the link target where the value does not show it. */
  private static String fact(Fact fact) {
    String text = fact.label() + ": " + fact.value();
    return fact.link()
        .filter(link -> !link.equals(fact.value()) && !link.equals("mailto:" + fact.value()))
        .map(link -> text + " <" + link + ">")
        .orElse(text);
  }
}
