package dev.jobdesc.internal.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.jobdesc.io.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns parser exceptions into one-line messages without Java class names or source excerpts. */
final class SyntaxMessages {
  private SyntaxMessages() {}

  static String clean(Throwable e) {
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

  /** Where the problem is: SnakeYAML's problem mark when it has one, else Jackson's location. */
  static SourcePosition position(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      Mark mark = yaml.getProblemMark();
      return new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
    }
    return TreeParser.position(e.getLocation());
  }
}
