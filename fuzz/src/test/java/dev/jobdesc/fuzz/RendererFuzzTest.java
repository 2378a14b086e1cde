package dev.jobdesc.fuzz;

import static dev.jobdesc.testkit.HtmlInjection.JOBDESC_ATTRIBUTES;
import static dev.jobdesc.testkit.HtmlInjection.JOBDESC_FRAGMENT_ELEMENTS;
import static dev.jobdesc.testkit.HtmlInjection.JOBDESC_PAGE_ELEMENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.RendererProvider;
import dev.jobdesc.render.Renderers;
import dev.jobdesc.testkit.HtmlInjection;
import dev.jobdesc.testkit.MarkdownInjection;
import dev.jobdesc.testkit.ScriptSafeJson;
import dev.jobdesc.testkit.UnsafeCharacters;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.StrongEmphasis;

/**
 * Every renderer, found as users find them through {@link Renderers}, renders every valid
 * document {@link FuzzedDocuments} makes of the fuzzer's input without throwing, and nothing the
 * document says becomes markup: the same checks as the renderers' hostile-text property tests
 * (R1), on text the fuzzer chooses. Inputs: {@code RendererFuzzTestInputs/everyRenderer/}.
 */
class RendererFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, Renderer> RENDERERS = renderers();

  @FuzzTest(maxDuration = "10m")
  void everyRenderer(FuzzedDataProvider data) {
    Optional<JobDocument> fuzzed = FuzzedDocuments.from(data);
    if (fuzzed.isEmpty()) {
      return;
    }
    JobDocument document = fuzzed.get();

    String text = RENDERERS.get("text").render(document);
    String unsafe = UnsafeCharacters.in(text);
    assertEquals("", unsafe, () -> "unsafe characters in the text: " + unsafe);

    MarkdownInjection.assertNoMarkdownInjection(
        RENDERERS.get("markdown").render(document),
        Set.of(Heading.class, BulletList.class, ListItem.class, StrongEmphasis.class, Link.class));

    HtmlInjection.assertNoHtmlInjection(
        RENDERERS.get("html").render(document), JOBDESC_PAGE_ELEMENTS, JOBDESC_ATTRIBUTES);
    HtmlInjection.assertNoHtmlFragmentInjection(
        RENDERERS.get("html-fragment").render(document), JOBDESC_FRAGMENT_ELEMENTS, JOBDESC_ATTRIBUTES);

    String jsonLd = RENDERERS.get("jsonld").render(document);
    ScriptSafeJson.assertScriptSafeJson(jsonLd);
    for (JsonNode description : readTree(jsonLd).findValues("description")) {
      HtmlInjection.assertNoHtmlFragmentInjection(
          description.asText(), Set.of("p", "ul", "li"), Set.of());
    }
  }

  private static Map<String, Renderer> renderers() {
    Map<String, Renderer> renderers = new LinkedHashMap<>();
    for (String format : FuzzedDocuments.FORMATS) {
      RendererProvider provider =
          Renderers.find(format)
              .orElseThrow(() -> new IllegalStateException("no " + format + " renderer on the class path"));
      renderers.put(format, provider.create(RenderSettings.defaults()));
    }
    return renderers;
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("the JSON-LD is not JSON: " + e.getMessage(), e);
    }
  }
}
