package dev.jobdesc.render.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LineWrapperTest {
  private final LineWrapper wrapper = new LineWrapper(Locale.ENGLISH);

  @Test
  void aWrappedLineIsNeverALoneRuleThatReadsAsAnUnderline() {
    assertEquals(List.of("Peer support", "groups -"), wrapper.wrap("Peer support groups -", 19, 19));
    assertEquals(List.of("Peer support", "groups ==="), wrapper.wrap("Peer support groups\n===", 19, 19));
    assertEquals(List.of("Peer -"), wrapper.wrap("Peer -", 4, 4), "a one-word line takes the rule up");
  }

  @Test
  void rulesWithTextBesideThemWrapAsUsual() {
    assertEquals(List.of("Peer support", "- groups"), wrapper.wrap("Peer support - groups", 13, 13));
    assertEquals(List.of("---"), wrapper.wrap("---", 10, 10), "a text that is a rule stays one: no line above");
  }
}
