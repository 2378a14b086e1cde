package dev.jobdesc.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that a bare YAML scalar would turn into something else reads back unchanged. The testkit's
 * round-trip property found the number-like words and the NEL changed or unreadable.
 */
class YamlTextRoundTripTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e5", "1.0e3", "0x1F", "1_000", "+1", ".inf", ".NaN", "00123", "2019", "NO",
        "next\u0085line"
      })
  void textReadsBackAsWritten(String text) {
    Role role = Role.builder().title(text).alternateTitles(List.of(text)).build();
    String yaml = DocumentWriter.standard().write(role, Format.YAML);
    ReadResult read = DocumentReader.standard().parse(yaml.getBytes(UTF_8), Format.YAML, "test");
    assertEquals(role, read.orElseThrow(), yaml);
  }
}
