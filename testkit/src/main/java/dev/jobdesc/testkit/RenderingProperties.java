package dev.jobdesc.testkit;

import dev.jobdesc.model.JobDocument;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property of rendering over many {@link DocumentGenerator#hostile() hostile documents},
 * in any test framework: quality target R1 asks for at least 10,000 per format and test run.
 * Each document comes from its own case seed, drawn from the run seed; the first failure, an
 * exception from the renderer too, stops the run with an {@link AssertionError} that names the
 * case seed and how to make that document again.
 *
 * <pre>{@code
 * long runSeed = Long.getLong("jobdesc.seed", System.nanoTime());
 * RenderingProperties.assertForHostileDocuments(runSeed, 10_000,
 *     document -> HtmlInjection.assertNoHtmlInjection(renderer.render(document), TAGS, ATTRIBUTES));
 * }</pre>
 *
 * @since 0.1
 */
public final class RenderingProperties {
  private RenderingProperties() {}

  /**
   * Checks {@code property} on {@code count} hostile documents, job descriptions and roles alike,
   * fixed by {@code runSeed}.
   *
   * @param runSeed fixes the documents; print it, or take it from a system property, so that a
   *     failing run can be repeated
   * @param count how many documents
   * @param property throws (an {@link AssertionError}, or any exception) when a document fails
   * @throws AssertionError at the first document that fails, with its case seed
   */
  public static void assertForHostileDocuments(
      long runSeed, int count, Consumer<? super JobDocument> property) {
    SplittableRandom caseSeeds = new SplittableRandom(runSeed);
    for (int i = 1; i <= count; i++) {
      long caseSeed = caseSeeds.nextLong();
      JobDocument document = DocumentGenerator.withSeed(caseSeed).hostile().document();
      try {
        property.accept(document);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "hostile document " + i + " of " + count + " (run seed " + runSeed + ") failed; make"
                + " it again with DocumentGenerator.withSeed(" + caseSeed + "L).hostile()"
                + ".document(): " + (e instanceof AssertionError ? e.getMessage() : e),
            e);
      }
    }
  }
}
