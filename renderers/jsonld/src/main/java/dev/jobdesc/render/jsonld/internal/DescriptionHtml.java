package dev.jobdesc.render.jsonld.internal;

import dev.jobdesc.model.JobDocument;
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
import dev.jobdesc.render.RenderSettings;
import java.util.List;
import java.util.Optional;
import org.owasp.encoder.Encode;

/**
 * The {@code description} of a node: the document as people read it, in the HTML that Google
 * recognises in a job posting's description ({@code p}, {@code ul}, {@code li} and nothing
 * else), every piece of text encoded by the OWASP encoder.
 *
 * <p>It is laid out from the {@link Outline}, the one place that walks every field, in the
 * settings' parts and labels: Google shows only this text of a posting, so it must be the whole
 * job (responsibilities, qualifications, hours, pay, benefits…), and what the vocabulary has no
 * property for is never lost. Headings become paragraphs, facts list items. The title is the
 * node's own property and the questions are the FAQPage's, so neither is repeated here.
 */
final class DescriptionHtml {
  private final StringBuilder html = new StringBuilder(4096);

  private DescriptionHtml() {}

  /** The description of {@code document}, or empty when the selected parts hold nothing. */
  static Optional<String> of(JobDocument document, RenderSettings settings) {
    DescriptionHtml description = new DescriptionHtml();
    for (OutlinePart part : Outline.of(document, settings).parts()) {
      description.part(part);
    }
    return description.html.length() == 0 ? Optional.empty() : Optional.of(description.html.toString());
  }

  /** Paragraphs as {@code <p>} elements. */
  static String paragraphs(List<String> paragraphs) {
    DescriptionHtml description = new DescriptionHtml();
    paragraphs.forEach(description::paragraph);
    return description.html.toString();
  }

  private void part(OutlinePart part) {
    if (part.part() == Part.FAQS) {
      return;
    }
    if (part.part() != Part.TITLE) {
      paragraph(part.heading());
    }
    part.blocks().forEach(this::block);
  }

  private void block(Block block) {
    if (block instanceof Paragraph paragraph) {
      paragraph(paragraph.text());
    } else if (block instanceof Bullets bullets) {
      list(bullets.items().stream().map(DescriptionHtml::item).toList());
    } else if (block instanceof Facts facts) {
      list(facts.facts().stream().map(DescriptionHtml::fact).toList());
    } else if (block instanceof Group group) {
      paragraph(group.heading());
      group.blocks().forEach(this::block);
    }
  }

  /** "Preferred: text (note; note) – detail", as the outline describes an item. */
  private static String item(Item item) {
    StringBuilder text = new StringBuilder();
    item.marker().ifPresent(marker -> text.append(marker).append(": "));
    text.append(item.text());
    if (!item.notes().isEmpty()) {
      text.append(" (").append(String.join("; ", item.notes())).append(')');
    }
    item.detail().ifPresent(detail -> text.append(" – ").append(detail));
    return text.toString();
  }

  private static String fact(Fact fact) {
    return fact.label() + ": " + fact.value();
  }

  private void paragraph(String text) {
    html.append("<p>").append(Encode.forHtmlContent(text)).append("</p>");
  }

  private void list(List<String> items) {
    html.append("<ul>");
    items.forEach(item -> html.append("<li>").append(Encode.forHtmlContent(item)).append("</li>"));
    html.append("</ul>");
  }
}
