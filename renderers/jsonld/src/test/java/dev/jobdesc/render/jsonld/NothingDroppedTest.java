package dev.jobdesc.render.jsonld;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.testkit.DocumentFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Nothing of a document is lost in its JSON-LD. Every piece of text reaches the output verbatim,
 * as a property's value or inside an HTML description or answer; values that are codes, enum
 * names, dates or amounts are left out of that comparison, as the output states them as labels or
 * in a format of their own. Those are among the facts that the testkit's {@link DocumentFacts}
 * finds, with the statements of what schema.org has no property for (a rolling application,
 * Ontario's disclosures): each fact is in the output too.
 */
class NothingDroppedTest {
  private static final Set<String> NOT_TEXT =
      Set.of(
          "version", "kind", "language", "necessity", "educationLevel", "arrangement", "types",
          "statistic", "period", "currency", "posted", "validThrough", "deadline", "asOf");
  private static final Pattern TAG = Pattern.compile("</?(p|ul|li)>");

  @Test
  void everyTextOfTheSamplesAndOfGeneratedDocumentsIsInTheOutput() {
    List<String> missing = new ArrayList<>();
    Documents.sampleNames().forEach(name -> missing.addAll(missingTexts(name, Documents.sample(name))));
    Documents.seeds().forEach(seed -> missing.addAll(missingTexts("seed " + seed, Documents.generated(seed))));
    assertTrue(missing.isEmpty(), () -> missing.size() + " texts missing:\n" + missing.stream().limit(30).collect(Collectors.joining("\n")));
  }

  @Test
  void everyFactOfTheSamplesAndOfGeneratedDocumentsIsInTheOutput() {
    List<String> missing = new ArrayList<>();
    Documents.sampleNames().forEach(name -> missing.addAll(missingFacts(name, Documents.sample(name))));
    Documents.seeds().forEach(seed -> missing.addAll(missingFacts("seed " + seed, Documents.generated(seed))));
    assertTrue(missing.isEmpty(), () -> missing.size() + " facts missing:\n" + missing.stream().limit(30).collect(Collectors.joining("\n")));
  }

  private static List<String> missingTexts(String name, JobDocument document) {
    JsonNode model = Rendered.parse(DocumentWriter.standard().write(document, Format.JSON));
    Set<String> texts = new HashSet<>();
    collect(model, "", texts);
    return missing(name, document, texts);
  }

  private static List<String> missingFacts(String name, JobDocument document) {
    return missing(name, document, DocumentFacts.of(document, document.getLanguage()));
  }

  /** The {@code texts} that are neither a whole property value nor in the HTML of the output. */
  private static List<String> missing(String name, JobDocument document, Collection<String> texts) {
    Set<String> outputValues = new HashSet<>();
    Rendered.parsed(document).findParents("@type").forEach(node -> node.forEach(value -> addText(value, outputValues)));
    // Most texts are a property's whole value; the rest are looked for inside the HTML text.
    String html = outputValues.stream().filter(value -> value.startsWith("<")).collect(Collectors.joining("\n"));
    String htmlText = Rendered.decodeHtml(TAG.matcher(html).replaceAll("\n"));
    List<String> missing = new ArrayList<>();
    for (String text : texts) {
      if (!outputValues.contains(text) && !htmlText.contains(text)) {
        missing.add(name + ": " + text);
      }
    }
    return missing;
  }

  private static void addText(JsonNode value, Set<String> texts) {
    if (value.isTextual()) {
      texts.add(value.asText());
    } else if (value.isArray()) {
      value.forEach(element -> addText(element, texts));
    }
  }

  /** The text values in {@code node}, but those of {@link #NOT_TEXT} keys and benefit categories. */
  private static void collect(JsonNode node, String path, Set<String> texts) {
    if (node.isTextual()) {
      texts.add(node.asText());
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, path + "/*", texts));
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = field.getKey();
        boolean benefitCategory = key.equals("category") && path.endsWith("/benefits/*");
        if (!NOT_TEXT.contains(key) && !benefitCategory) {
          collect(field.getValue(), path + "/" + key, texts);
        }
      }
    }
  }
}
