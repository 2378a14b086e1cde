package dev.jobdesc.render.jsonld;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.testkit.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Documents per second on the largest sample, in a warm loop (not a JMH benchmark: a rough
 * figure for the report). Runs only when asked:
 * {@code ./mvnw -q -pl renderers/jsonld -am verify -Djobdesc.throughput=true}; prints the figures
 * and writes them to {@code target/throughput.txt}.
 */
@EnabledIfSystemProperty(named = "jobdesc.throughput", matches = "true")
class ThroughputTest {
  private static final long WARM_UP_NANOS = 5_000_000_000L;
  private static final long MEASURE_NANOS = 10_000_000_000L;

  @Test
  void documentsPerSecondOnTheLargestSample() throws Exception {
    String largest =
        Documents.sampleNames().stream()
            .max(Comparator.comparingInt(name -> Samples.bytes(name).length))
            .orElseThrow();
    JobDocument document = Documents.sample(largest);
    StringBuilder report = new StringBuilder();
    for (boolean pretty : new boolean[] {true, false}) {
      JsonLdRenderer renderer = JsonLdRenderer.builder().pretty(pretty).build();
      loop(renderer, document, WARM_UP_NANOS);
      long start = System.nanoTime();
      long count = loop(renderer, document, MEASURE_NANOS);
      double seconds = (System.nanoTime() - start) / 1e9;
      int size = renderer.render(document).getBytes(StandardCharsets.UTF_8).length;
      report.append(String.format("%s, pretty=%s: %.0f documents/s (%d bytes of JSON-LD each, %d renders in %.1f s)%n",
          largest, pretty, count / seconds, size, count, seconds));
    }
    System.out.print(report);
    Files.writeString(Path.of("target/throughput.txt"), report);
  }

  private static long loop(JsonLdRenderer renderer, JobDocument document, long nanos) {
    long end = System.nanoTime() + nanos;
    long count = 0;
    int sink = 0;
    while (System.nanoTime() < end) {
      sink += renderer.render(document).length();
      count++;
    }
    // Uses the lengths, so that the renders cannot be optimised away.
    return sink == 42 ? count + 1 : count;
  }
}
