package dev.jobdesc.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.testkit.DocumentGenerator;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns fuzzer input into a valid document: the fuzzer picks a generator seed, then for each
 * string of that document whether to replace it and with what, so that it explores hostile text
 * in every field (URLs and e-mail addresses too) while the generator keeps the shape valid.
 * Documents go through the reader, as a user's would; those the reader or the {@code structure}
 * profile rejects are no renderer's concern and are skipped.
 */
final class FuzzedDocuments {
  /** Escapes every non-ASCII character, so lone surrogates survive into the document. */
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private FuzzedDocuments() {}

  /** The valid document the input describes, if it describes one. */
  static Optional<JobDocument> from(FuzzedDataProvider data) {
    JobDocument generated = DocumentGenerator.withSeed(data.consumeLong()).document();
    JsonNode tree;
    try {
      tree = JSON.readTree(DocumentWriter.standard().write(generated, Format.JSON));
      replaceStrings(tree, data);
      byte[] bytes = JSON.writeValueAsBytes(tree);
      ReadResult read = DocumentReader.standard().parse(bytes, Format.JSON, "fuzz");
      if (!read.isSuccess()) {
        return Optional.empty();
      }
      JobDocument document = read.getDocument().orElseThrow();
      boolean valid =
          Validator.standard().validate(document).getFindings().stream()
              .noneMatch(f -> f.getSeverity() == Severity.ERROR);
      return valid ? Optional.of(document) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void replaceStrings(JsonNode node, FuzzedDataProvider data) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isTextual()) {
          if (data.remainingBytes() > 0 && data.consumeBoolean()) {
            field.setValue(TextNode.valueOf(data.consumeString(300)));
          }
        } else {
          replaceStrings(field.getValue(), data);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          if (data.remainingBytes() > 0 && data.consumeBoolean()) {
            array.set(i, TextNode.valueOf(data.consumeString(300)));
          }
        } else {
          replaceStrings(array.get(i), data);
        }
      }
    }
  }

  /** The format ids of every renderer the fuzz tests check. */
  static final List<String> FORMATS = List.of("text", "markdown", "html", "html-fragment", "jsonld");
}
