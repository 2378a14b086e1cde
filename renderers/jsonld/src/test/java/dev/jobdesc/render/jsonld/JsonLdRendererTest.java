package dev.jobdesc.render.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Role;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.RendererProvider;
import dev.jobdesc.render.Renderers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The renderer's configuration: pretty printing, customizers, directApply, settings, discovery. */
class JsonLdRendererTest {
  private static final JobDocument SAMPLE = Documents.sample("peer-support-specialist.yaml");

  @Test
  void prettyAndCompactOutputHoldTheSameJsonLd() {
    String pretty = JsonLdRenderer.builder().build().render(SAMPLE);
    String compact = JsonLdRenderer.builder().pretty(false).build().render(SAMPLE);
    assertTrue(pretty.startsWith("{\n  \"@context\": \"https://schema.org\",\n"), pretty);
    assertFalse(pretty.contains("\r"));
    assertEquals(1, compact.lines().count());
    assertTrue(compact.endsWith("}\n"));
    assertEquals(Rendered.parse(pretty), Rendered.parse(compact));
  }

  @Test
  void customizersChangeTheTreeInTheOrderTheyWereAdded() {
    List<String> calls = new ArrayList<>();
    JsonLdRenderer renderer =
        JsonLdRenderer.builder()
            .customizer((document, jsonLd) -> {
              calls.add("first");
              JsonLdCustomizer.mainNode(jsonLd).put("url", "https://jobs.example/" + document.getId().orElseThrow());
            })
            .customizer((document, jsonLd) -> {
              calls.add("second");
              JsonLdCustomizer.mainNode(jsonLd).put("url", JsonLdCustomizer.mainNode(jsonLd).path("url").asText() + "?ref=feed");
              ((ArrayNode) jsonLd.get("@graph")).remove(1);
            })
            .build();
    JsonNode jsonLd = Rendered.parse(renderer.render(SAMPLE));
    assertEquals(List.of("first", "second"), calls);
    assertEquals("https://jobs.example/peer-support-specialist?ref=feed", jsonLd.at("/@graph/0/url").asText());
    assertEquals(1, jsonLd.path("@graph").size());
  }

  @Test
  void theMainNodeIsTheDocumentWithoutFaqs() {
    JobDocument role = Role.builder().title("Peer Specialist").build();
    ObjectNode jsonLd = JsonLdRenderer.builder().build().toJsonLd(role);
    assertEquals("Occupation", JsonLdCustomizer.mainNode(jsonLd).path("@type").asText());
    assertEquals("FAQPage", JsonLdRenderer.builder().build().toJsonLd(SAMPLE).at("/@graph/1/@type").asText());
  }

  @Test
  void eachCallBuildsANewTree() {
    JsonLdRenderer renderer = JsonLdRenderer.builder().build();
    assertNotSame(renderer.toJsonLd(SAMPLE), renderer.toJsonLd(SAMPLE));
    assertEquals(renderer.toJsonLd(SAMPLE), renderer.toJsonLd(SAMPLE));
  }

  @Test
  void directApplyIsWrittenOnlyWhenTheApplicationKnowsIt() {
    assertFalse(Rendered.mainNode(Rendered.parse(JsonLdRenderer.builder().build().render(SAMPLE))).has("directApply"));
    JsonNode posting = Rendered.mainNode(Rendered.parse(JsonLdRenderer.builder().directApply(true).build().render(SAMPLE)));
    assertTrue(posting.path("directApply").isBoolean());
    assertTrue(posting.path("directApply").asBoolean());
  }

  @Test
  void settingsShapeTheDescriptionButNotTheProperties() {
    RenderSettings settings =
        RenderSettings.builder().locale(Locale.forLanguageTag("es")).parts(List.of(Part.RESPONSIBILITIES)).build();
    JsonNode posting = Rendered.mainNode(Rendered.parse(JsonLdRenderer.builder().settings(settings).build().render(SAMPLE)));
    String description = posting.path("description").asText();
    assertTrue(description.startsWith("<p>Responsabilidades</p><ul><li>"), description);
    assertFalse(description.contains("Salary is based upon"), description);
    assertTrue(posting.has("baseSalary"));
    assertTrue(posting.has("jobBenefits"));
  }

  @Test
  void theProviderIsFoundByItsFormatId() {
    RendererProvider provider = Renderers.find("jsonld").orElseThrow();
    assertInstanceOf(JsonLdRendererProvider.class, provider);
    assertEquals("jsonld", provider.getFileExtension());
    assertEquals("jsonld", provider.create(RenderSettings.defaults()).getFormatId());
    assertEquals(JsonLdRenderer.builder().build().render(SAMPLE), provider.create(RenderSettings.defaults()).render(SAMPLE));
  }
}
