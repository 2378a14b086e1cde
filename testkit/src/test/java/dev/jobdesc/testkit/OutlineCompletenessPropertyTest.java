package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jobdesc.internal.format.DocumentCodec;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Block;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.OutlinePart;
import dev.jobdesc.render.RenderSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text value of a document is in its outline, verbatim: the outline is what the text,
 * Markdown and HTML renderers render, so nothing the model holds is dropped by any of them.
 * Values the outline shows transformed (codes, dates, amounts, enum constants) are checked by
 * the renderers' own tests; the keys below name them.
 */
class OutlineCompletenessPropertyTest {
  /** Keys whose values are shown formatted or as labels, not verbatim. */
  private static final Set<String> FORMATTED =
      Set.of(
          "version", "kind", "language", "currency", "period", "statistic", "necessity",
          "educationLevel", "types", "arrangement", "country", "asOf", "posted", "validThrough",
          "deadline");

  /** A benefit's category is an enum constant, shown as its label; a responsibility's is text. */
  private static final Pattern ENUM_CONSTANT = Pattern.compile("[A-Z][A-Z_]*");

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void everyTextValueIsInTheOutline(long seed) {
    JobDocument document = DocumentGenerator.withSeed(seed).document();
    Set<String> shown = texts(Outline.of(document, RenderSettings.defaults()));
    List<String> missing = new ArrayList<>();
    collect(DocumentCodec.toTree(document), null, missing, shown);
    assertTrue(missing.isEmpty(), () -> CaseSeeds.replay(seed) + ": not in the outline: " + missing);
  }

  /** Adds to {@code missing} each text value under {@code node} that no outline text contains. */
  private static void collect(JsonNode node, String key, List<String> missing, Set<String> shown) {
    if (key != null && FORMATTED.contains(key)
        || "category".equals(key) && ENUM_CONSTANT.matcher(node.asText()).matches()) {
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(field.getValue(), field.getKey(), missing, shown);
      }
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, key, missing, shown));
    } else if (node.isTextual() && shown.stream().noneMatch(t -> t.contains(node.textValue()))) {
      missing.add(key + "=" + node.textValue());
    }
  }

  private static Set<String> texts(Outline outline) {
    Set<String> texts = new HashSet<>();
    texts.add(outline.title());
    for (OutlinePart part : outline.parts()) {
      texts.add(part.heading());
      part.blocks().forEach(block -> add(block, texts));
    }
    return texts;
  }

  private static void add(Block block, Set<String> texts) {
    if (block instanceof Block.Paragraph p) {
      texts.add(p.text());
    } else if (block instanceof Block.Bullets b) {
      for (Block.Item item : b.items()) {
        texts.add(item.text());
        texts.addAll(item.notes());
        item.detail().ifPresent(texts::add);
        item.marker().ifPresent(texts::add);
      }
    } else if (block instanceof Block.Facts f) {
      f.facts().forEach(fact -> texts.add(fact.value()));
    } else if (block instanceof Block.Group g) {
      texts.add(g.heading());
      g.blocks().forEach(child -> add(child, texts));
    }
  }
}
