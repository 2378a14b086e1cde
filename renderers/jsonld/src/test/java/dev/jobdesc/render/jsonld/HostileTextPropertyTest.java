package dev.jobdesc.render.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesc.testkit.HtmlInjection;
import dev.jobdesc.testkit.RenderingProperties;
import dev.jobdesc.testkit.ScriptSafeJson;
import java.security.SecureRandom;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * R1 (quality.md): 10,000 documents with hostile text in every field. The JSON parses, cannot
 * close a {@code <script>} element, and its HTML description holds only {@code p}, {@code ul} and
 * {@code li} elements whatever the data says.
 */
class HostileTextPropertyTest {
  private static final JsonLdRenderer RENDERER = JsonLdRenderer.builder().pretty(false).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void hostileTextNeverEscapesItsPlace() {
    long runSeed = Long.getLong("jobdesc.seed", new SecureRandom().nextLong());
    System.out.println("jsonld hostile-text run seed " + runSeed + " (repeat with -Djobdesc.seed=" + runSeed + ")");
    RenderingProperties.assertForHostileDocuments(
        runSeed,
        10_000,
        document -> {
          String json = RENDERER.render(document);
          ScriptSafeJson.assertScriptSafeJson(json);
          for (JsonNode description : readTree(json).findValues("description")) {
            HtmlInjection.assertNoHtmlFragmentInjection(
                description.asText(), Set.of("p", "ul", "li"), Set.of());
          }
        });
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage(), e);
    }
  }
}
