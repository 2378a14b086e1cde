package dev.jobdesc.benchmarks;

import dev.jobdesc.benchmarks.page.HandWrittenPage;
import dev.jobdesc.benchmarks.page.JtePage;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.html.HtmlRenderer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P1: the HTML page of the largest sample, from the document (its outline included) to a
 * string, by the renderer and by the two baselines, which write the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageBenchmark {
  private JobDocument document;
  private HtmlRenderer renderer;
  private HandWrittenPage handWritten;
  private JtePage jte;

  /** Reads the sample and builds the three writers once. */
  @Setup
  public void setUp() {
    document = Fixtures.largest();
    renderer = Fixtures.page();
    handWritten = new HandWrittenPage();
    jte = new JtePage();
  }

  /** The library: {@code HtmlRenderer}. */
  @Benchmark
  public String renderer() {
    return renderer.render(document);
  }

  /** Baseline (a): hand-written into a {@link StringBuilder}. */
  @Benchmark
  public String handWritten() {
    return handWritten.render(document);
  }

  /** Baseline (b): a precompiled jte template. */
  @Benchmark
  public String jte() {
    return jte.render(document);
  }
}
