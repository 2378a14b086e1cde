package dev.jobdesc.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Block;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.OutlinePart;
import dev.jobdesc.render.RenderSettings;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Small HTML, Markdown and JSON writers of a document's {@link Outline}, for testing the injection
 * checks against whole documents: given the escaping a real renderer must do they pass every
 * check; given none, the checks must catch them.
 */
final class OutlineWriters {
  /** Escapes text for HTML element content and quoted attribute values. */
  static final UnaryOperator<String> HTML_ESCAPE =
      text ->
          text.replace("&", "&amp;")
              .replace("<", "&lt;")
              .replace(">", "&gt;")
              .replace("\"", "&quot;")
              .replace("'", "&#39;");

  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern ASCII_PUNCTUATION = Pattern.compile("([\\p{Punct}])");

  /**
   * Makes text inert in Markdown: blank runs, line breaks among them, become one space (so no
   * line can start a block), and every ASCII punctuation character is backslash-escaped.
   */
  static final UnaryOperator<String> MARKDOWN_ESCAPE =
      text ->
          ASCII_PUNCTUATION
              .matcher(BLANKS.matcher(text).replaceAll(" ").strip())
              .replaceAll("\\\\$1");

  /** JSON with {@code <}, {@code >} and {@code &} escaped, as a script element needs. */
  static final JsonMapper SCRIPT_SAFE_JSON = JsonMapper.builder().build();

  /** JSON as Jackson writes it by default. */
  static final JsonMapper PLAIN_JSON = JsonMapper.builder().build();

  static {
    SCRIPT_SAFE_JSON.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
  }

  private OutlineWriters() {}

  /** An HTML page of {@code document}, its text passed through {@code escape}. */
  static String html(JobDocument document, UnaryOperator<String> escape) {
    Outline outline = Outline.of(document, RenderSettings.defaults());
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"");
    html.append(escape.apply(outline.locale().toLanguageTag()))
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(escape.apply(outline.title()))
        .append("</title><script type=\"application/ld+json\">")
        .append(json(document, SCRIPT_SAFE_JSON))
        .append("</script></head><body>");
    for (OutlinePart part : outline.parts()) {
      html.append(part.part().ordinal() == 0 ? "<h1>" : "<h2>")
          .append(escape.apply(part.heading()))
          .append(part.part().ordinal() == 0 ? "</h1>" : "</h2>");
      part.blocks().forEach(block -> htmlBlock(block, escape, html));
    }
    return html.append("</body></html>").toString();
  }

  /** Markdown of {@code document}, its text passed through {@code escape}. */
  static String markdown(JobDocument document, UnaryOperator<String> escape) {
    Outline outline = Outline.of(document, RenderSettings.defaults());
    StringBuilder markdown = new StringBuilder();
    for (OutlinePart part : outline.parts()) {
      markdown.append(part.part().ordinal() == 0 ? "# " : "## ")
          .append(escape.apply(part.heading()))
          .append("\n\n");
      part.blocks().forEach(block -> markdownBlock(block, escape, markdown));
    }
    return markdown.toString();
  }

  /** A JSON object of {@code document}'s title and every text of its outline. */
  static String json(JobDocument document, JsonMapper mapper) {
    Outline outline = Outline.of(document, RenderSettings.defaults());
    List<String> texts = new ArrayList<>();
    outline.parts().forEach(part -> part.blocks().forEach(block -> texts(block, texts)));
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("@context", "https://schema.org");
    object.put("name", outline.title());
    object.put("texts", texts);
    try {
      return mapper.writeValueAsString(object);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void htmlBlock(Block block, UnaryOperator<String> escape, StringBuilder html) {
    if (block instanceof Block.Paragraph paragraph) {
      html.append("<p>").append(escape.apply(paragraph.text())).append("</p>");
    } else if (block instanceof Block.Bullets bullets) {
      html.append("<ul>");
      bullets.items().forEach(item -> html.append("<li>").append(escape.apply(itemText(item))));
      html.append("</ul>");
    } else if (block instanceof Block.Facts facts) {
      html.append("<dl>");
      for (Block.Fact fact : facts.facts()) {
        html.append("<dt>").append(escape.apply(fact.label())).append("</dt><dd>");
        String value = escape.apply(fact.value());
        html.append(
            fact.link()
                .map(link -> "<a href=\"" + escape.apply(link) + "\">" + value + "</a>")
                .orElse(value));
      }
      html.append("</dl>");
    } else if (block instanceof Block.Group group) {
      html.append("<h3>").append(escape.apply(group.heading())).append("</h3>");
      group.blocks().forEach(inner -> htmlBlock(inner, escape, html));
    }
  }

  private static void markdownBlock(
      Block block, UnaryOperator<String> escape, StringBuilder markdown) {
    if (block instanceof Block.Paragraph paragraph) {
      markdown.append(escape.apply(paragraph.text())).append("\n\n");
    } else if (block instanceof Block.Bullets bullets) {
      bullets.items().forEach(item -> markdown.append("- ").append(escape.apply(itemText(item))).append('\n'));
      markdown.append('\n');
    } else if (block instanceof Block.Facts facts) {
      for (Block.Fact fact : facts.facts()) {
        markdown.append("- **").append(escape.apply(fact.label())).append("** ");
        String value = escape.apply(fact.value());
        markdown.append(
            fact.link()
                .map(link -> "[" + value + "](<" + link.replace(">", "%3E") + ">)")
                .orElse(value));
        markdown.append('\n');
      }
      markdown.append('\n');
    } else if (block instanceof Block.Group group) {
      markdown.append("### ").append(escape.apply(group.heading())).append("\n\n");
      group.blocks().forEach(inner -> markdownBlock(inner, escape, markdown));
    }
  }

  private static void texts(Block block, List<String> texts) {
    if (block instanceof Block.Paragraph paragraph) {
      texts.add(paragraph.text());
    } else if (block instanceof Block.Bullets bullets) {
      bullets.items().forEach(item -> texts.add(itemText(item)));
    } else if (block instanceof Block.Facts facts) {
      facts.facts().forEach(fact -> texts.add(fact.label() + ": " + fact.value()));
    } else if (block instanceof Block.Group group) {
      texts.add(group.heading());
      group.blocks().forEach(inner -> texts(inner, texts));
    }
  }

  private static String itemText(Block.Item item) {
    return item.marker().map(marker -> marker + ": ").orElse("")
        + item.text()
        + (item.notes().isEmpty() ? "" : " (" + String.join("; ", item.notes()) + ")")
        + item.detail().map(detail -> " " + detail).orElse("");
  }

  /** Jackson's escapes for JSON, with {@code <}, {@code >} and {@code &} as {@code \}u escapes. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null; // only the standard escapes above
    }
  }
}
