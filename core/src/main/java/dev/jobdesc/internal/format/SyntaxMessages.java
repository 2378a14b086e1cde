package dev.jobdesc.internal.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.jobdesc.io.SourcePosition;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/** Turns parser exceptions into one-line messages without Java class names or source excerpts. */
final class SyntaxMessages {
  private SyntaxMessages() {}

  static String clean(Throwable e) {
    if (e.getCause() instanceof ReaderException reader) {
      return "the YAML could not be parsed: the character U+"
          + String.format("%04X", reader.getCodePoint())
          + " is not allowed in YAML text; remove it";
    }
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
      String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
      return "the YAML could not be parsed: " + yaml.getProblem() + context;
    }
    String message =
        e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    if (message == null || message.isBlank()) {
      return "the document could not be parsed";
    }
    // Jackson adds multi-line context; the first line is the diagnosis.
    String first = message.strip().lines().findFirst().orElse(message).strip();
    first = first.replaceAll("\\s*\\(for [A-Za-z.$]+\\)", "");
    // "(start marker at [Source: …; line: 1, column: 1])": a position within the parser's input,
    // not the file's (wrong for a JSON Lines line); the finding carries the real one.
    first = first.replaceAll("\\s*\\(start marker at \\[.*?]\\)", "");
    // A wrapping exception repeats its cause's class name first: java.io.CharConversionException: …
    first = first.replaceFirst("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*: ", "");
    if (isEncodingProblem(e)) {
      // Jackson guesses UTF-16 or UTF-32 from NUL bytes and then names that encoding; the format
      // is UTF-8 whatever the guess, so say that first.
      return "the document is not UTF-8 text: " + first;
    }
    return "the document could not be parsed: " + first;
  }

  private static boolean isEncodingProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.CharConversionException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the problem is in {@code bytes}: SnakeYAML's problem mark when it has one, the character
   * SnakeYAML's reader refused, else Jackson's location.
   */
  static SourcePosition position(JsonProcessingException e, byte[] bytes) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      Mark mark = yaml.getProblemMark();
      return new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
    }
    if (e.getCause() instanceof ReaderException reader) {
      // The reader refuses a character before the parser has marked anything (Jackson then says
      // line 1, column 1); its position counts the code points read before it.
      return atCodePoint(bytes, reader.getPosition());
    }
    return TreeParser.position(e.getLocation());
  }

  /** Line and column of the code point at {@code index} of the UTF-8 text, after any BOM. */
  private static SourcePosition atCodePoint(byte[] bytes, int index) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int offset = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    int column = 1;
    for (int i = 0; i < index && offset < text.length(); i++) {
      int c = text.codePointAt(offset);
      offset += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePosition(line, column);
  }
}
