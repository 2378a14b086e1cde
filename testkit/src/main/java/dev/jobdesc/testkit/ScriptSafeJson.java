package dev.jobdesc.testkit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Checks that JSON, such as the JSON-LD of a posting, is one JSON value that can be embedded as is
 * in an HTML {@code <script>} element (quality target R1): it parses, with no duplicate key and
 * nothing after the value, and holds no raw {@code <}, {@code >} or {@code &} — written instead as
 * {@code \u003c}, {@code \u003e} and {@code \u0026} — so that no text in it can close the script
 * ({@code </script}) or open a comment ({@code <!--}) that swallows the rest of the page.
 *
 * <pre>{@code
 * ScriptSafeJson.assertScriptSafeJson(jsonLdRenderer.render(document));
 * }</pre>
 *
 * <p>Needs only Jackson, which jobdesc-core brings.
 *
 * @since 0.1
 */
public final class ScriptSafeJson {
  private static final JsonMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Characters around a problem that a failure shows. */
  private static final int CONTEXT = 40;

  private ScriptSafeJson() {}

  /**
   * Fails unless {@code json} is one JSON value with no raw {@code <}, {@code >} or {@code &}.
   *
   * @param json the rendered JSON
   */
  public static void assertScriptSafeJson(String json) {
    try {
      if (STRICT.readTree(json).isMissingNode()) {
        throw new AssertionError("not JSON: no value at all");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new AssertionError(
          "not JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": "
              + e.getOriginalMessage(),
          e);
    }
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '<' || c == '>' || c == '&') {
        throw new AssertionError(
            "a raw '" + c + "' at offset " + i + ", which lets text end the script or open an"
                + " HTML comment; write it as \\u" + String.format("%04x", (int) c) + ": …"
                + json.substring(Math.max(0, i - CONTEXT), Math.min(json.length(), i + CONTEXT))
                + "…");
      }
    }
  }
}
