package dev.jobdesc.render.jsonld;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.model.JobDocument;

/**
 * Changes the JSON-LD of a document before it is written: adds properties the model has no field
 * for (a posting's {@code url}, the organization's {@code logo}), overrides or removes produced
 * ones. Registered with {@link JsonLdRenderer.Builder#customizer}; customizers run in the order
 * they were added, each on a tree of its own render call, so one that keeps no state of its own
 * is thread-safe.
 *
 * <pre>{@code
 * JsonLdRenderer renderer = JsonLdRenderer.builder()
 *     .customizer((document, jsonLd) -> JsonLdCustomizer.mainNode(jsonLd)
 *         .put("url", "https://jobs.example.com/" + document.getId().orElseThrow()))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface JsonLdCustomizer {

  /**
   * Changes {@code jsonLd}, the JSON-LD document of {@code document} as {@link JsonLdRenderer}
   * documents its shape, in place. Text put into it needs no escaping: the writer escapes it.
   *
   * @param document the document rendered
   * @param jsonLd its JSON-LD, changed in place
   */
  void customize(JobDocument document, ObjectNode jsonLd);

  /**
   * {@return the {@code JobPosting} or {@code Occupation} node of {@code jsonLd}: the document itself, or
   * the first node of its {@code @graph} when it also holds a {@code FAQPage}}
   *
   * @param jsonLd a JSON-LD document as the renderer builds it
   */
  static ObjectNode mainNode(ObjectNode jsonLd) {
    return jsonLd.has("@graph") ? (ObjectNode) jsonLd.get("@graph").get(0) : jsonLd;
  }
}
