package dev.jobdesc.render.text;

import dev.jobdesc.testkit.Samples;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Renderer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A rough measure of render throughput on the largest sample, not a JMH benchmark: a simple loop
 * after a warm-up, reporting documents per second of this thread's CPU time (which other load on
 * the machine does not inflate) and of wall time. Off unless asked for:
 *
 * <pre>
 * ./mvnw -q -pl renderers/text,renderers/markdown -am verify -Djobdesc.throughput=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "jobdesc.throughput", matches = "true")
class ThroughputTest {
  private static final long WARM_UP_NANOS = 5_000_000_000L;
  private static final long ROUND_NANOS = 2_000_000_000L;
  private static final int ROUNDS = 5;

  @Test
  void rendersTheLargestSampleManyTimesASecond() {
    JobDocument document = Samples.read(Samples.LARGEST);
    Renderer renderer = TextRenderer.create();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    while (threads.getCurrentThreadCpuTime() - start < WARM_UP_NANOS) {
      renderer.render(document);
    }
    double best = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      int rendered = 0;
      while (threads.getCurrentThreadCpuTime() - cpu < ROUND_NANOS) {
        renderer.render(document);
        rendered++;
      }
      double perCpuSecond = rendered * 1e9 / (threads.getCurrentThreadCpuTime() - cpu);
      double perWallSecond = rendered * 1e9 / (System.nanoTime() - wall);
      best = Math.max(best, perCpuSecond);
      System.out.printf("text, %s, round %d: %.0f documents/s of CPU time, %.0f/s of wall time (%d characters each)%n",
          Samples.LARGEST, round, perCpuSecond, perWallSecond, renderer.render(document).length());
    }
    assertTrue(best > 100, "fewer than 100 documents a second: " + best);
  }
}
