package dev.jobdesc.io;

import com.fasterxml.jackson.core.JsonFactory;
import dev.jobdesc.internal.format.DocumentCodec;
import dev.jobdesc.internal.format.JsonLines;
import dev.jobdesc.internal.format.Mappers;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Severity;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads documents of format version 1 from YAML, JSON and JSON Lines, hardened for untrusted
 * input: unknown and duplicate keys, values of the wrong type, enum values not matched exactly,
 * and input beyond the {@link ReadLimits} are all reported, each with its path, line and column.
 *
 * <p>{@code parse…} methods never throw for bad input: they return a {@link ReadResult} holding
 * the document or the problems. {@code read…} methods return the document or throw a
 * {@link DocumentReadException} with every problem. Instances are immutable and thread-safe;
 * build one and share it.
 *
 * <pre>{@code
 * JobDocument document = DocumentReader.standard().read(Path.of("posting.yaml"));
 * }</pre>
 *
 * @since 0.1
 */
public final class DocumentReader {
  private static final DocumentReader STANDARD = new DocumentReader(ReadLimits.DEFAULTS);

  private final ReadLimits limits;
  private final JsonFactory json;
  private final JsonFactory yaml;

  private DocumentReader(ReadLimits limits) {
    this.limits = limits;
    this.json = Mappers.jsonFactory(limits);
    this.yaml = Mappers.yamlFactory(limits);
  }

  /** {@return the reader with model.md's default limits} */
  public static DocumentReader standard() {
    return STANDARD;
  }

  /**
   * {@return a reader with other limits}
   *
   * @param limits the limits to enforce in place of the defaults
   */
  public static DocumentReader withLimits(ReadLimits limits) {
    return new DocumentReader(Objects.requireNonNull(limits, "limits"));
  }

  /** {@return the limits this reader enforces} */
  public ReadLimits getLimits() {
    return limits;
  }

  /**
   * Reads one document of {@code format} from {@code bytes} (UTF-8; a JSON Lines line reads as
   * JSON), naming it {@code source} in findings.
   *
   * @param bytes the document, UTF-8
   * @param format how to read the bytes
   * @param source what findings name the document by, e.g. its file name
   * @return the document, or the problems that kept it from being read
   */
  public ReadResult parse(byte[] bytes, Format format, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(format, "format");
    DocumentCodec.Outcome outcome =
        DocumentCodec.read(bytes, format == Format.YAML ? yaml : json, limits);
    return new ReadResult(source, outcome.document(), outcome.problems(), outcome.sourceMap());
  }

  /**
   * Reads one document from text: JSON when it starts with <code>{</code>, else YAML.
   *
   * @param text the document
   * @param source what findings name the document by
   * @return the document, or the problems that kept it from being read
   */
  public ReadResult parse(String text, String source) {
    Format format = text.stripLeading().startsWith("{") ? Format.JSON : Format.YAML;
    return parse(text.getBytes(StandardCharsets.UTF_8), format, source);
  }

  /**
   * Reads every document of a file: one for {@code .yaml}/{@code .yml}/{@code .json}, one per
   * line for {@code .jsonl}, streamed: only one line is held at a time. Close the stream.
   *
   * @param file a {@code .yaml}, {@code .yml}, {@code .json} or {@code .jsonl} file
   * @return one result per document, in file order
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when the file name has none of those extensions
   */
  public Stream<ReadResult> parseAll(Path file) throws IOException {
    String source = file.toString();
    Format format =
        Format.ofFileName(file.getFileName().toString())
            .orElseThrow(
                () -> new IllegalArgumentException("not a .yaml, .yml, .json or .jsonl file: " + file));
    if (format == Format.JSONL) {
      InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      return parseLines(in, source).onClose(() -> closeQuietly(in));
    }
    return Stream.of(parse(readBounded(file), format, source));
  }

  /**
   * Reads JSON Lines lazily: one result per non-blank line, named {@code source:LINE}, with line
   * numbers of the whole stream. The caller closes {@code in}.
   *
   * @param in the JSON Lines, UTF-8
   * @param source what findings name the stream by, before {@code :LINE}
   * @return one result per non-blank line, read as the stream is consumed
   */
  public Stream<ReadResult> parseLines(InputStream in, String source) {
    return splitLines(in, source).map(Supplier::get);
  }

  /**
   * Splits JSON Lines lazily as {@link #parseLines} does, but leaves the parsing to the caller:
   * each element reads its line when called, on whatever thread calls it. Splitting is cheap and
   * parsing is not, so a batch can split on one thread and parse on many
   * ({@link dev.jobdesc.batch.BatchValidator} does). Each element holds only its own line. The
   * caller closes {@code in}.
   *
   * @param in the JSON Lines stream, UTF-8
   * @param source the name of the stream; each result is named {@code source:LINE}
   * @return one element per non-blank line, in order; reading fails with an
   *     {@link java.io.UncheckedIOException} when {@code in} does
   * @since 0.1
   */
  public Stream<Supplier<ReadResult>> splitLines(InputStream in, String source) {
    Objects.requireNonNull(source, "source");
    JsonLines lines = new JsonLines(Objects.requireNonNull(in, "in"), limits.maxDocumentBytes());
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .map(line -> () -> parseLine(line, source));
  }

  /**
   * Reads the one document of a file: YAML unless the name ends in {@code .json} (a
   * {@code .jsonl} file holds many: use {@link #parseAll(Path)}).
   *
   * @param file the document's file
   * @return the document, or the problems (with line and column) that kept it from being read
   * @throws IOException when the file cannot be read
   */
  public ReadResult parse(Path file) throws IOException {
    Format format = Format.ofFileName(file.getFileName().toString()).orElse(Format.YAML);
    if (format == Format.JSONL) {
      throw new IllegalArgumentException("a .jsonl file holds many documents: use parseAll");
    }
    return parse(readBounded(file), format, file.toString());
  }

  /**
   * Reads the one document of a file; see {@link #parse(Path)}.
   *
   * @param file the document's file
   * @return the document
   * @throws IOException when the file cannot be read
   */
  public JobDocument read(Path file) throws IOException {
    return parse(file).orElseThrow();
  }

  /**
   * Reads one document from text (JSON or YAML).
   *
   * @param text the document
   * @return the document
   */
  public JobDocument read(String text) {
    return parse(text, "<text>").orElseThrow();
  }

  /**
   * Reads one document of the given type from text (JSON or YAML).
   *
   * @param <T> the kind of document expected
   * @param text the document
   * @param type {@code JobDescription.class} or {@code Role.class}
   * @return the document
   */
  public <T extends JobDocument> T read(String text, Class<T> type) {
    JobDocument document = read(text);
    if (!type.isInstance(document)) {
      throw new DocumentReadException(
          "<text>",
          List.of(
              Finding.builder()
                  .ruleId(Finding.SYNTAX)
                  .severity(Severity.ERROR)
                  .path("/kind")
                  .message(
                      "expected a "
                          + type.getSimpleName()
                          + " document, found kind "
                          + document.documentKind().key())
                  .build()));
    }
    return type.cast(document);
  }

  private ReadResult parseLine(JsonLines.Line line, String source) {
    String name = source + ":" + line.number();
    if (line.bytes() == null) {
      Finding tooLong =
          Finding.builder()
              .ruleId(Finding.SYNTAX)
              .severity(Severity.ERROR)
              .path("")
              .location(line.number(), 1)
              .message(
                  "the line is "
                      + line.length()
                      + " bytes, over the limit of "
                      + limits.maxDocumentBytes()
                      + " bytes")
              .build();
      return new ReadResult(name, null, List.of(tooLong), SourceMap.empty());
    }
    if (line.number() > 1 && startsWithBom(line.bytes())) {
      // Jackson skips a BOM at the start of its input, which each line is; only the stream's
      // start may have one, and a U+FEFF anywhere else is not JSON.
      Finding bom =
          Finding.builder()
              .ruleId(Finding.SYNTAX)
              .severity(Severity.ERROR)
              .path("")
              .location(line.number(), 1)
              .message("the line starts with a byte order mark (U+FEFF); remove it")
              .build();
      return new ReadResult(name, null, List.of(bom), SourceMap.empty());
    }
    ReadResult result = parse(line.bytes(), Format.JSON, name);
    int shift = line.number() - 1;
    return new ReadResult(
        name,
        result.getDocument().orElse(null),
        result.getProblems().stream().map(f -> shifted(f, shift)).toList(),
        result.getSourceMap().shiftedBy(shift));
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  private static Finding shifted(Finding finding, int lines) {
    if (finding.getLine().isEmpty()) {
      return finding;
    }
    return finding
        .toBuilder()
        .location(finding.getLine().getAsInt() + lines, finding.getColumn().orElse(0))
        .build();
  }

  /** The file's bytes, or just past the limit's worth: the parser then reports the size. */
  private byte[] readBounded(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(limits.maxDocumentBytes() + 1);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing was written; a failed close of an input loses nothing
    }
  }
}
