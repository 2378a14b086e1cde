package dev.jobdesc.internal.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private static List<JsonLines.Line> lines(String text, int maxBytes) {
    List<JsonLines.Line> lines = new ArrayList<>();
    new JsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxBytes)
        .forEachRemaining(lines::add);
    return lines;
  }

  @Test
  void skipsBlankLinesAndKeepsTheFilesLineNumbers() {
    List<JsonLines.Line> lines = lines("{\"a\":1}\r\n\n  \r\n{\"b\":2}", 100);
    assertEquals(2, lines.size());
    assertEquals(1, lines.get(0).number());
    // The CR of a CRLF line end is not the document's: a parser would count it as a line break.
    assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), lines.get(0).bytes());
    assertEquals(4, lines.get(1).number());
    assertArrayEquals("{\"b\":2}".getBytes(StandardCharsets.UTF_8), lines.get(1).bytes());
  }

  @Test
  void linesLongerThanTheBlockAreWholeAndLinesOverTheLimitAreFlagged() {
    String longLine = "x".repeat(200_000);
    List<JsonLines.Line> lines = lines(longLine + "\n" + "y".repeat(300_001) + "\nz\n", 250_000);
    assertEquals(3, lines.size());
    assertEquals(200_000, lines.get(0).bytes().length);
    assertNull(lines.get(1).bytes());
    assertEquals(300_001, lines.get(1).length());
    assertEquals(3, lines.get(2).number());
    assertArrayEquals(new byte[] {'z'}, lines.get(2).bytes());
  }

  @Test
  void anEmptyStreamHasNoLines() {
    assertEquals(List.of(), lines("", 10));
    assertEquals(List.of(), lines("\n\n", 10));
  }
}
