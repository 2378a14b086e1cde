package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptSafeJsonTest {

  @Test
  void escapedMarkupPasses() {
    ScriptSafeJson.assertScriptSafeJson(
        "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":"
            + "\"\\u003c/script\\u003e\\u003c!-- \\u0026amp; \\u2028\",\"baseSalary\":[1,2.5]}");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"t\":\"</script><script>alert(1)</script>\"} | a raw '<' at offset 6",
        "{\"t\":\"<!--\"}                               | a raw '<'",
        "{\"t\":\"a > b\"}                              | a raw '>'",
        "{\"t\":\"&amp;\"}                              | a raw '&'",
        "{\"a\":1}{\"b\":2}                             | Trailing token",
        "{\"a\":1,\"a\":2}                              | Duplicate field 'a'",
        "{\"a\":                                        | not JSON",
        "``                                             | not JSON: no value at all"
      })
  void unsafeOrBrokenJsonFails(String json, String problem) {
    AssertionError failure =
        assertThrows(AssertionError.class, () -> ScriptSafeJson.assertScriptSafeJson(json));
    assertTrue(failure.getMessage().contains(problem), failure::getMessage);
  }
}
