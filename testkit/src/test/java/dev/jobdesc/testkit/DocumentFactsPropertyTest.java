package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Block;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.OutlinePart;
import dev.jobdesc.render.RenderSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact {@link DocumentFacts} finds in a generated document is in the text of its outline,
 * which every renderer renders: the two walk the model independently, so a fact the outline
 * forgets, or shows in other words than the renderers' tests look for, fails here. Generated
 * documents have what the samples lack: non-essential duties, rolling applications, every yes and
 * no of the Ontario disclosures, in English and Spanish.
 */
class DocumentFactsPropertyTest {
  private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("en"), Locale.forLanguageTag("es"));

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void everyFactOfADocumentIsInItsOutline(long seed) {
    JobDocument document = DocumentGenerator.withSeed(seed).document();
    for (Locale locale : LOCALES) {
      String text = text(Outline.of(document, RenderSettings.builder().locale(locale).build()));
      List<String> missing = DocumentFacts.of(document, locale).stream().filter(f -> !text.contains(f)).toList();
      assertEquals(List.of(), missing, () -> CaseSeeds.replay(seed) + " in " + locale);
    }
  }

  /** Every string of the outline, one per line. */
  private static String text(Outline outline) {
    List<String> texts = new ArrayList<>(List.of(outline.title()));
    for (OutlinePart part : outline.parts()) {
      texts.add(part.heading());
      part.blocks().forEach(block -> add(block, texts));
    }
    return String.join("\n", texts);
  }

  private static void add(Block block, List<String> texts) {
    if (block instanceof Block.Paragraph paragraph) {
      texts.add(paragraph.text());
    } else if (block instanceof Block.Bullets bullets) {
      for (Block.Item item : bullets.items()) {
        item.marker().ifPresent(texts::add);
        texts.add(item.text());
        texts.addAll(item.notes());
        item.detail().ifPresent(texts::add);
      }
    } else if (block instanceof Block.Facts facts) {
      facts.facts().forEach(fact -> texts.add(fact.label() + ": " + fact.value()));
    } else if (block instanceof Block.Group group) {
      texts.add(group.heading());
      group.blocks().forEach(inner -> add(inner, texts));
    }
  }
}
