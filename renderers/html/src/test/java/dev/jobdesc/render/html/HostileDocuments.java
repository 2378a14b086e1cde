package dev.jobdesc.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.jobdesc.internal.format.Mappers;
import dev.jobdesc.model.JobDocument;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generated documents with hostile text in every free-text string: markup, script breakouts,
 * {@code javascript:} URLs, bidi controls, NUL, lone surrogates, C1 controls, noncharacters and
 * 10,000-character strings. They are bound straight from a JSON tree (core's mapper), not read
 * from bytes, because UTF-8 cannot carry a lone surrogate and the reader would drop it: the
 * renderer must cope with whatever a program builds.
 */
final class HostileDocuments {
  /** A 10,000-character string, the format's longest, made of markup. */
  private static final String LONG = "<script>alert(1)</script>&lt;".repeat(400).substring(0, 10_000);

  static final List<String> TEXTS =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "</script><!--",
          "javascript:alert(1)",
          "bidi \u202Eevil override\u202C \u2067isolate \u200Fmark \u202Bembed",
          "nul\u0000here",
          "lone \uD800 high and \uDC00 low, and a pair \uD83D\uDE42",
          "C1 \u0085next \u0080 \u009F del \u007F ff \u000C vt \u000B esc \u001B",
          "nonchar \uFDD0 \uFFFE \uFFFF \uD83F\uDFFE",
          "&amp; &lt; &#60; &#x3C; ' \" ` {{x}} [City]",
          "<!-- comment --> <![CDATA[x]]> <?pi?> <style>*{}</style>",
          "line\r\nbreaks\rand\nmore",
          LONG);

  /** Link targets that must never become links, and two that are fine but need encoding. */
  static final List<String> URLS =
      List.of(
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          " javascript:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "vbscript:msgbox(1)",
          "https://example.com/a?b=1&c=2#\"><script>",
          "https://example.com/a?b=1&c=2");

  static final List<String> EMAILS =
      List.of("x@example.com\"><img src=x onerror=alert(1)>", "a&b@example.com", "javascript:alert(1)");

  /** The keys of free text; {@code country}, {@code asOf} and {@code language} are parsed, not shown. */
  private static final Set<String> TEXT_KEYS =
      Set.of(
          "id", "title", "alternateTitles", "summary", "text", "detail", "level", "location",
          "source", "scope", "name", "department", "reportsTo", "brief", "otherCompensation",
          "schedule", "environment", "travel", "locality", "region", "postalCode",
          "streetAddress", "instructions", "equalOpportunity", "accommodation", "heading",
          "paragraphs", "items", "question", "answer", "note", "scheme", "version", "code",
          "applicantRegions");

  /** {@code category} is free text in these lists, an enum value elsewhere (benefits). */
  private static final Set<String> FREE_CATEGORY_LISTS = Set.of("responsibilities", "duties");

  private static final Map<String, List<String>> SPECIAL = Map.of("url", URLS, "email", EMAILS);

  private int next;

  private HostileDocuments() {}

  /** The generated document of {@code seed} with every free-text string replaced. */
  static JobDocument of(long seed) {
    JobDocument document = TestDocuments.generated(seed);
    ObjectNode tree = Mappers.JSON.valueToTree(document);
    new HostileDocuments().replace(tree, "", (int) seed);
    try {
      return Mappers.JSON.treeToValue(tree, document.getClass());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("seed " + seed + ": " + e.getMessage(), e);
    }
  }

  private void replace(ObjectNode object, String listKey, int seed) {
    List<String> names = List.copyOf(object.properties().stream().map(Map.Entry::getKey).toList());
    for (String key : names) {
      JsonNode value = object.get(key);
      boolean text =
          TEXT_KEYS.contains(key) || (key.equals("category") && FREE_CATEGORY_LISTS.contains(listKey));
      List<String> pool = SPECIAL.getOrDefault(key, TEXTS);
      if (value.isTextual() && (text || SPECIAL.containsKey(key))) {
        object.set(key, TextNode.valueOf(hostile(pool, seed)));
      } else if (value.isArray()) {
        replaceInArray((ArrayNode) value, key, text, seed);
      } else if (value.isObject()) {
        replace((ObjectNode) value, listKey, seed);
      }
    }
  }

  private void replaceInArray(ArrayNode array, String key, boolean text, int seed) {
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      if (element.isTextual() && text) {
        array.set(i, TextNode.valueOf(hostile(TEXTS, seed)));
      } else if (element.isObject()) {
        replace((ObjectNode) element, key, seed);
      }
    }
  }

  /**
   * The next hostile text of {@code pool}, numbered so that values the model wants distinct (the
   * levels of experience tiers) stay distinct.
   */
  private String hostile(List<String> pool, int seed) {
    int n = next++;
    String text = pool.get((n + seed) % pool.size());
    return pool == TEXTS ? n + " " + text : text;
  }
}
