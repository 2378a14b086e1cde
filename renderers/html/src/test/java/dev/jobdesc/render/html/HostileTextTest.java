package dev.jobdesc.render.html;

import static dev.jobdesc.testkit.HtmlInjection.JOBDESC_ATTRIBUTES;
import static dev.jobdesc.testkit.HtmlInjection.JOBDESC_PAGE_ELEMENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jobdesc.internal.format.DocumentCodec;
import dev.jobdesc.internal.format.Mappers;
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
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages of generated documents with hostile text in every string: only the renderer's own
 * elements and attributes appear, links are http(s) or mailto only, the JSON-LD cannot leave its
 * script element, every string shows as text exactly (forbidden code points replaced), and the
 * page still conforms.
 */
class HostileTextTest {
  private static final String TEXT_CLASSES =
      ".jobdesc-title, .jobdesc-part-heading, .jobdesc-group-heading, .jobdesc-paragraph,"
          + " .jobdesc-item-marker, .jobdesc-item-text, .jobdesc-item-note, .jobdesc-item-detail,"
          + " .jobdesc-fact-label, .jobdesc-fact-value";

  /** Stands in for the jsonld renderer: the whole document as JSON, hostile strings unescaped. */
  private static final Renderer RAW_JSON =
      new Renderer() {
        @Override
        public String getFormatId() {
          return "jsonld";
        }

        @Override
        public void render(JobDocument document, Appendable out) {
          Renderer.append(out, rawJson(document));
        }
      };

  private static final HtmlRenderer PAGE = HtmlRenderer.builder().jsonLd(RAW_JSON).build();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void onlyTheRenderersMarkupAndTheDataAsText(long seed) throws Exception {
    JobDocument document = HostileDocuments.of(seed);
    String html = PAGE.render(document);
    Document page = Jsoup.parse(html);

    for (Element element : page.getAllElements()) {
      if (element == page) {
        continue;
      }
      assertTrue(JOBDESC_PAGE_ELEMENTS.contains(element.tagName()), () -> "element " + element.tagName());
      for (Attribute attribute : element.attributes()) {
        assertTrue(JOBDESC_ATTRIBUTES.contains(attribute.getKey()), () -> "attribute " + attribute);
      }
    }
    for (Element link : page.select("[href]")) {
      assertTrue(isHttpOrMailto(link.attr("href")), () -> "link target " + link.attr("href"));
    }

    Element script = page.selectFirst("script");
    assertEquals(1, page.select("script").size());
    assertEquals("application/ld+json", script.attr("type"));
    assertFalse(script.data().contains("<"), "a < in the script element");
    JsonNode embedded = Mappers.JSON.readTree(script.data());
    assertEquals(Mappers.JSON.readTree(rawJson(document)), embedded, "the JSON-LD changed");

    Outline outline = Outline.of(document, RenderSettings.defaults());
    assertEquals(outline.locale().toLanguageTag(), page.selectFirst("html").attr("lang"));
    assertEquals(shown(outline.title()), lines(page.selectFirst("title").wholeText()));
    List<String> texts = page.select(TEXT_CLASSES).stream().map(e -> lines(e.wholeText())).toList();
    assertEquals(expectedTexts(outline), texts, "the text of the page is not the outline's");

    HtmlConformanceTest.assertConforms(html, "seed " + seed);
  }

  /** The link checks above are not vacuous: safe targets do become links, encoded. */
  @Test
  void safeTargetsBecomeLinksAndScriptTargetsText() {
    Set<String> links = new TreeSet<>();
    boolean scriptTargetShown = false;
    for (long seed : seeds().toArray()) {
      Document page = Jsoup.parse(PAGE.render(HostileDocuments.of(seed)));
      page.select("a[href]").forEach(a -> links.add(a.attr("href")));
      scriptTargetShown |= page.select("dd").eachText().stream().anyMatch(t -> t.startsWith("javascript:"));
    }
    assertEquals(Set.of("https://example.com/a?b=1&c=2", "mailto:a&b@example.com"), links);
    assertTrue(scriptTargetShown, "no javascript: target shown as text");
  }

  /** Every string of {@code outline}, in reading order, as the page must show it. */
  private static List<String> expectedTexts(Outline outline) {
    List<String> texts = new ArrayList<>();
    for (OutlinePart part : outline.parts()) {
      texts.add(shown(part.heading()));
      addBlocks(part.blocks(), texts);
    }
    return texts;
  }

  private static void addBlocks(List<Block> blocks, List<String> texts) {
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        texts.add(shown(paragraph.text()));
      } else if (block instanceof Bullets bullets) {
        for (Item item : bullets.items()) {
          item.marker().ifPresent(marker -> texts.add(shown(marker)));
          texts.add(shown(item.text()));
          item.notes().forEach(note -> texts.add(shown(note)));
          item.detail().ifPresent(detail -> texts.add(shown(detail)));
        }
      } else if (block instanceof Facts facts) {
        for (Fact fact : facts.facts()) {
          texts.add(shown(fact.label()));
          texts.add(shown(fact.value()));
        }
      } else {
        Group group = (Group) block;
        texts.add(shown(group.heading()));
        addBlocks(group.blocks(), texts);
      }
    }
  }

  /**
   * {@code text} as the page shows it, by the rule of the renderer's javadoc, written out again
   * here as the oracle: controls other than tab, line feed and carriage return, lone surrogates
   * and noncharacters become U+FFFD; NEXT LINE becomes a line feed.
   */
  private static String shown(String text) {
    StringBuilder shown = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
              boolean surrogate = Character.getType(c) == Character.SURROGATE;
              boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
              if (c == 0x85) {
                shown.append('\n');
              } else if (control || surrogate || nonCharacter) {
                shown.append('\uFFFD');
              } else {
                shown.appendCodePoint(c);
              }
            });
    return lines(shown.toString());
  }

  /** Line breaks as an HTML parser leaves them: CR LF and CR become LF. */
  private static String lines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean isHttpOrMailto(String href) {
    String lower = href.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
  }

  private static String rawJson(JobDocument document) {
    try {
      return Mappers.JSON.writeValueAsString(DocumentCodec.toTree(document));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
