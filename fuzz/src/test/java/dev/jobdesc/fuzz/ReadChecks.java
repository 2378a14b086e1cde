package dev.jobdesc.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.io.ReadLimits;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Profiles;
import dev.jobdesc.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * What must hold for any read, whatever the bytes: a failed read explains itself with located
 * syntax findings; a successful one stays within the reader's limits, validates under every
 * profile without a rule failing, and reads back equal after writing.
 */
final class ReadChecks {
  /** Small limits, so that short fuzzer inputs reach every one of them. */
  static final ReadLimits TIGHT = new ReadLimits(4096, 40, 4, 8);

  static final DocumentReader STANDARD_READER = DocumentReader.standard();
  static final DocumentReader TIGHT_READER = DocumentReader.withLimits(TIGHT);

  /** Every profile there is, so that every rule meets fuzzed documents. */
  private static final Validator ALL_PROFILES =
      Validator.builder().profiles(Profiles.standard().names().toArray(String[]::new)).build();

  private static final String JACKSON = "com.fasterxml.jackson";
  private static final DocumentWriter WRITER = DocumentWriter.standard();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReadChecks() {}

  /**
   * Checks one read of {@code input} by a reader whose limits are {@code limits}.
   */
  static void check(ReadResult result, ReadLimits limits, byte[] input) {
    if (!result.isSuccess()) {
      checkProblems(result, new String(input, StandardCharsets.UTF_8));
      return;
    }
    assertTrue(result.getProblems().isEmpty(), () -> "a read document with problems: " + result.getProblems());
    JobDocument document = result.getDocument().orElseThrow();
    checkWithinLimits(document, limits);
    for (Finding finding : ALL_PROFILES.validate(result).getFindings()) {
      assertFalse(
          Validator.INTERNAL_ERROR.equals(finding.getRuleId()), () -> "a rule failed: " + finding);
    }
    for (Format format : new Format[] {Format.YAML, Format.JSON}) {
      String written = WRITER.write(document, format);
      ReadResult again = STANDARD_READER.parse(written.getBytes(StandardCharsets.UTF_8), format, "written");
      assertTrue(
          again.isSuccess(),
          () -> "the " + format + " written does not read back: " + again.getProblems() + "\n" + written);
      assertEquals(document, again.getDocument().orElseThrow(), () -> "the " + format + " written reads back different:\n" + written);
    }
  }

  private static void checkProblems(ReadResult result, String input) {
    assertFalse(result.getProblems().isEmpty(), "a failed read without a problem");
    for (Finding problem : result.getProblems()) {
      assertEquals(Finding.SYNTAX, problem.getRuleId(), () -> "not a syntax finding: " + problem);
      assertTrue(
          problem.getLine().isPresent() && problem.getLine().getAsInt() >= 1,
          () -> "a problem without a line: " + problem);
      assertTrue(
          problem.getColumn().isPresent() && problem.getColumn().getAsInt() >= 1,
          () -> "a problem without a column: " + problem);
      assertFalse(problem.getMessage().isBlank(), () -> "a problem without a message: " + problem);
      // A clear error names the place and the fix, never the parser's classes.
      // Messages quote the input, so the input may hold the name itself.
      assertFalse(
          problem.getMessage().contains(JACKSON) && !input.contains(JACKSON),
          () -> "a problem that shows Jackson's internals: " + problem);
    }
  }

  /** The document, written canonically, has no string, list or nesting beyond the limits. */
  private static void checkWithinLimits(JobDocument document, ReadLimits limits) {
    JsonNode tree;
    try {
      tree = JSON.readTree(WRITER.write(document, Format.JSON));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    walk(tree, "", 1, limits);
  }

  private static void walk(JsonNode node, String path, int depth, ReadLimits limits) {
    if (node.isTextual()) {
      if (node.textValue().length() > limits.maxStringLength()) {
        fail(path + " holds " + node.textValue().length() + " characters, over the limit of " + limits.maxStringLength());
      }
      return;
    }
    if (!node.isContainerNode()) {
      return;
    }
    if (depth > limits.maxDepth()) {
      fail(path + " is nested " + depth + " deep, over the limit of " + limits.maxDepth());
    }
    if (node.isArray() && node.size() > limits.maxListSize()) {
      fail(path + " holds " + node.size() + " items, over the limit of " + limits.maxListSize());
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, depth + 1, limits);
      }
    } else {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        walk(node.get(name), path + "/" + name, depth + 1, limits);
      }
    }
  }
}
