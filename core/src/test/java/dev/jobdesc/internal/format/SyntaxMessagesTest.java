package dev.jobdesc.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.CharConversionException;
import org.junit.jupiter.api.Test;

class SyntaxMessagesTest {

  @Test
  void aWrappedCauseLosesItsJavaClassName() {
    // SnakeYAML reports bad UTF-8 this way: its exception's message is the cause's toString().
    RuntimeException wrapped =
        new RuntimeException(new CharConversionException("Invalid UTF-8 start byte 0xff"));

    assertEquals(
        "the document is not UTF-8 text: Invalid UTF-8 start byte 0xff",
        SyntaxMessages.clean(wrapped));
  }
}
