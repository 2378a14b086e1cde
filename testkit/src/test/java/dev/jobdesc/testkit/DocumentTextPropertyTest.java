package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesc.internal.rules.DocumentText;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.model.JobDocument;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text walk that placeholder, language and readability rules read holds every string of a
 * document at its path: the same strings the writer writes, found independently in its JSON.
 * A text field the walk misses would be a field those rules never check.
 */
class DocumentTextPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Keys whose values the JSON spells as strings but the model holds as enums, dates, codes. */
  private static final Pattern NOT_TEXT =
      Pattern.compile(
          "/kind|/language|.*/(currency|period|statistic|necessity|educationLevel|arrangement"
              + "|deadline|posted|validThrough)|.*/types/\\d+|/(role/)?qualifications/\\d+/kind"
              + "|/benefits/\\d+/category");

  /** The lists whose items the writer shortens to their text, and the key the text fills. */
  private static final Pattern SHORTHAND =
      Pattern.compile("(/role)?/(responsibilities|duties|qualifications)/\\d+|/benefits/\\d+");

  @ParameterizedTest(name = "case seed {0}")
  @MethodSource(CaseSeeds.SOURCE)
  void theWalkHoldsEveryStringAtItsPath(long seed) throws Exception {
    JobDocument document = DocumentGenerator.withSeed(seed).document();
    Map<String, String> walked = new TreeMap<>();
    for (DocumentText.Entry entry : DocumentText.of(document).entries()) {
      walked.put(entry.pointer(), entry.text());
    }
    Map<String, String> written = new TreeMap<>();
    collect(JSON.readTree(DocumentWriter.standard().write(document, Format.JSON)), "", written);
    Map<String, String> missed = new TreeMap<>(written);
    missed.entrySet().removeAll(walked.entrySet());
    Map<String, String> extra = new TreeMap<>(walked);
    extra.entrySet().removeAll(written.entrySet());
    assertEquals(Map.of(), missed, () -> CaseSeeds.replay(seed) + ": strings the walk misses");
    assertEquals(Map.of(), extra, () -> CaseSeeds.replay(seed) + ": strings the writer does not write there");
  }

  private static void collect(JsonNode node, String pointer, Map<String, String> strings) {
    if (node.isTextual()) {
      if (!NOT_TEXT.matcher(pointer).matches()) {
        String key = SHORTHAND.matcher(pointer).matches()
            ? pointer + (pointer.contains("/benefits/") ? "/name" : "/text")
            : pointer;
        strings.put(key, node.asText());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, strings);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        collect(field.getValue(), pointer + "/" + field.getKey(), strings);
      }
    }
  }
}
