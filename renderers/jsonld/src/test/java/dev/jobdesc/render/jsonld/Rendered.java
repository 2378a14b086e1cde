package dev.jobdesc.render.jsonld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesc.model.JobDocument;
import java.io.UncheckedIOException;

/** Renders with the default renderer and reads the output back with a plain Jackson parser. */
final class Rendered {
  private static final JsonLdRenderer RENDERER = JsonLdRenderer.builder().build();
  private static final ObjectMapper PARSER = new ObjectMapper();

  private Rendered() {}

  /** The output of {@code document}, parsed. */
  static JsonNode parsed(JobDocument document) {
    return parse(RENDERER.render(document));
  }

  /** {@code json}, parsed. */
  static JsonNode parse(String json) {
    try {
      return PARSER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JobPosting or Occupation node of a parsed document. */
  static JsonNode mainNode(JsonNode jsonLd) {
    return jsonLd.has("@graph") ? jsonLd.get("@graph").get(0) : jsonLd;
  }

  /** The text of an HTML fragment that the renderer encoded: its three entities decoded. */
  static String decodeHtml(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
