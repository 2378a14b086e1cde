package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.batch.BatchResult;
import dev.jobdesc.batch.BatchValidator;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BatchValidator} over generated documents: input order whatever the threads, a bounded
 * window of documents in flight, early close, failures turned into results.
 */
class BatchValidatorTest {
  private static final long SEED = 7_2026;
  private static final int DOCUMENTS = 500;

  @Test
  void fourThreadsGiveTheResultsOfOneInInputOrder() {
    byte[] lines = corpusWithBrokenLines(DOCUMENTS);
    List<String> one = describe(BatchValidator.builder().threads(1).build(), lines);
    List<String> four = describe(BatchValidator.builder().threads(4).build(), lines);
    assertEquals(DOCUMENTS, one.size());
    assertEquals(one, four, () -> "seed " + SEED);
    List<String> sources = IntStream.rangeClosed(1, DOCUMENTS).mapToObj(n -> "in.jsonl:" + n + " ").toList();
    for (int i = 0; i < DOCUMENTS; i++) {
      assertTrue(four.get(i).startsWith(sources.get(i)), four.get(i));
    }
    assertTrue(one.stream().anyMatch(line -> line.contains("syntax")), "some lines are broken");
    assertTrue(one.stream().anyMatch(line -> line.endsWith("[]")), "most lines are valid");
  }

  @Test
  void documentsComeBackInOrderWithTheirNumbers() {
    List<JobDocument> documents = generated(200);
    List<BatchResult> results;
    try (Stream<BatchResult> stream =
        BatchValidator.builder().threads(4).build().validate(documents.iterator())) {
      results = stream.toList();
    }
    assertEquals(documents.size(), results.size());
    for (int i = 0; i < documents.size(); i++) {
      assertSame(documents.get(i), results.get(i).getDocument().orElseThrow());
      assertEquals("#" + (i + 1), results.get(i).getSource());
      assertEquals(List.of(), results.get(i).getFindings(), () -> "seed " + SEED);
    }
  }

  @Test
  void noMoreThanTheWindowOfDocumentsIsInFlight() {
    BatchValidator batch = BatchValidator.builder().threads(3).window(12).build();
    Counting documents = new Counting(20_000);
    AtomicInteger received = new AtomicInteger();
    batch.validate(documents, result -> {
      received.incrementAndGet();
      documents.received = received.get();
    });
    assertEquals(20_000, received.get());
    assertTrue(documents.mostInFlight <= 12, () -> documents.mostInFlight + " documents in flight");
    // The pipeline does read ahead: the window is used, not just one document at a time.
    assertTrue(documents.mostInFlight >= 3, () -> documents.mostInFlight + " documents in flight");
  }

  @Test
  void closingEarlyStopsTheWorkersAndTheReading() {
    BatchValidator batch = BatchValidator.builder().threads(2).window(8).build();
    Counting documents = new Counting(20_000);
    try (Stream<BatchResult> results = batch.validate(documents)) {
      Iterator<BatchResult> iterator = results.iterator();
      for (int i = 0; i < 10; i++) {
        iterator.next();
      }
    }
    assertTrue(documents.pulled <= 10 + 8, () -> documents.pulled + " documents pulled");
    assertEquals(List.of(), batchThreads(), "workers still alive after close");
  }

  @Test
  void aThrowingRuleIsAnInternalErrorAndTheBatchGoesOn() {
    Rule throwing =
        Rule.builder("test.throws")
            .severity(Severity.WARNING)
            .category("test")
            .description("Fails on every third document.")
            .check((document, context) -> {
              if (((JobDescription) document).getRole().getTitle().hashCode() % 3 == 0) {
                throw new IllegalStateException("boom");
              }
            })
            .build();
    assertInternalErrors(throwing, "The rule test.throws failed");
  }

  @Test
  void anExceptionEscapingTheValidatorIsAnInternalErrorOfTheBatch() {
    // Its toString throws, so the validator's own guard fails: the batch's guard catches that.
    Rule hostile =
        Rule.builder("test.hostile")
            .severity(Severity.WARNING)
            .category("test")
            .description("Throws an exception that cannot be described.")
            .check((document, context) -> {
              if (((JobDescription) document).getRole().getTitle().hashCode() % 3 == 0) {
                throw new Undescribable();
              }
            })
            .build();
    assertInternalErrors(hostile, "jobdesc failed to check this document");
  }

  @Test
  void filesAndDirectoriesAreWalkedInOrderAndUnreadablePathsAreResults(@TempDir Path dir)
      throws IOException {
    List<JobDocument> documents = generated(5);
    DocumentWriter writer = DocumentWriter.standard();
    Files.createDirectories(dir.resolve("b"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("a.yaml"), writer.write(documents.get(0), Format.YAML));
    Files.writeString(
        dir.resolve("b/lines.jsonl"),
        writer.write(documents.get(1), Format.JSONL) + "\n" + writer.write(documents.get(2), Format.JSONL));
    Files.writeString(dir.resolve("b/notes.txt"), "not a document");
    Files.writeString(dir.resolve(".git/x.json"), writer.write(documents.get(3), Format.JSON));
    Files.writeString(dir.resolve("c.json"), writer.write(documents.get(4), Format.JSON));
    Path missing = dir.resolve("missing.yaml");
    List<BatchResult> results;
    try (Stream<BatchResult> stream =
        BatchValidator.builder().threads(2).build().validateFiles(List.of(dir, missing, dir.resolve("a.yaml")))) {
      results = stream.toList();
    }
    assertEquals(
        List.of(
            dir.resolve("a.yaml").toString(),
            dir.resolve("b/lines.jsonl") + ":1",
            dir.resolve("b/lines.jsonl") + ":3",
            dir.resolve("c.json").toString(),
            missing.toString(),
            dir.resolve("a.yaml").toString()),
        results.stream().map(BatchResult::getSource).toList());
    assertEquals(dir.resolve("b/lines.jsonl").toString(), results.get(2).getFile());
    assertEquals(documents.get(2), results.get(2).getDocument().orElseThrow());
    assertTrue(results.get(4).getInputError().orElseThrow() instanceof NoSuchFileException);
    assertFalse(results.get(5).getInputError().isPresent());
  }

  @Test
  void aStreamThatFailsPartWayEndsWithAnInputError() {
    byte[] lines = corpusWithBrokenLines(3);
    InputStream failing =
        new InputStream() {
          private final InputStream in = new ByteArrayInputStream(lines);

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b < 0) {
              throw new IOException("disk on fire");
            }
            return b;
          }
        };
    List<BatchResult> results;
    try (Stream<BatchResult> stream = BatchValidator.builder().threads(2).build().validateLines(failing, "in.jsonl")) {
      results = stream.toList();
    }
    assertEquals(4, results.size());
    assertEquals("disk on fire", results.get(3).getInputError().orElseThrow().getMessage());
    assertEquals("in.jsonl:3", results.get(2).getSource());
  }

  @Test
  void aWindowSmallerThanTheThreadsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> BatchValidator.builder().threads(4).window(2).build());
    assertThrows(IllegalArgumentException.class, () -> BatchValidator.builder().threads(0));
    BatchValidator standard = BatchValidator.builder().build();
    assertEquals(Runtime.getRuntime().availableProcessors(), standard.getThreads());
    assertEquals(standard.getThreads() * BatchValidator.WINDOW_PER_THREAD, standard.getWindow());
  }

  private static void assertInternalErrors(Rule rule, String message) {
    Validator validator =
        Validator.builder().addProfile(Profile.of("test", "Test rules.", List.of(rule))).build();
    List<JobDocument> documents = generated(60);
    List<BatchResult> results;
    try (Stream<BatchResult> stream =
        BatchValidator.builder().validator(validator).threads(2).build().validate(documents.iterator())) {
      results = stream.toList();
    }
    assertEquals(documents.size(), results.size(), "the batch goes on");
    int failed = 0;
    for (int i = 0; i < documents.size(); i++) {
      String title = ((JobDescription) documents.get(i)).getRole().getTitle();
      List<Finding> findings = results.get(i).getFindings();
      if (title.hashCode() % 3 == 0) {
        failed++;
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(Validator.INTERNAL_ERROR, findings.get(0).getRuleId());
        assertEquals(Severity.ERROR, findings.get(0).getSeverity());
        assertTrue(findings.get(0).getMessage().startsWith(message), findings.get(0).getMessage());
      } else {
        assertEquals(List.of(), findings, () -> "seed " + SEED);
      }
    }
    assertTrue(failed > 0 && failed < documents.size(), failed + " failed of " + documents.size());
  }

  /** One line per result: source, then each finding's rule, line and path. */
  private static List<String> describe(BatchValidator batch, byte[] lines) {
    List<String> described = new ArrayList<>();
    batch.validateLines(new ByteArrayInputStream(lines), "in.jsonl", result -> {
      StringBuilder line = new StringBuilder(result.getSource()).append(' ');
      for (Finding f : result.getFindings()) {
        line.append(f.getRuleId()).append('@').append(f.getLine().orElse(0)).append(f.getPath()).append(' ');
      }
      described.add(line.append("[]").toString());
    });
    return described;
  }

  /** {@code count} JSON Lines of generated documents, every seventh cut short. */
  private static byte[] corpusWithBrokenLines(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocumentWriter writer = DocumentWriter.standard();
    List<JobDocument> documents = generated(count);
    for (int i = 0; i < count; i++) {
      String line = writer.write(documents.get(i), Format.JSONL);
      if (i % 7 == 3) {
        line = line.substring(0, line.length() / 2) + "\n";
      }
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static List<JobDocument> generated(int count) {
    DocumentGenerator generator = DocumentGenerator.withSeed(SEED);
    List<JobDocument> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      documents.add(generator.jobDescription());
    }
    return documents;
  }

  private static List<String> batchThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("jobdesc-batch-"))
        .toList();
  }

  /**
   * An endless-ish lazily generated source, cycling over a few generated documents, that records
   * how many documents were pulled beyond the results received: the documents in flight.
   */
  private static final class Counting implements Iterator<JobDocument> {
    private final List<JobDocument> cycle = generated(16);
    private final int count;
    volatile int received;
    int pulled;
    int mostInFlight;

    Counting(int count) {
      this.count = count;
    }

    @Override
    public boolean hasNext() {
      return pulled < count;
    }

    @Override
    public JobDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      pulled++;
      mostInFlight = Math.max(mostInFlight, pulled - received);
      return cycle.get(pulled % cycle.size());
    }
  }

  /** An exception whose description itself fails. */
  private static final class Undescribable extends RuntimeException {
    private static final long serialVersionUID = 1;

    @Override
    public String toString() {
      throw new IllegalStateException("no description");
    }
  }
}
