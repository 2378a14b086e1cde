package dev.jobdesc.render.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One renderer shared by eight threads writes exactly what it writes on one. */
class ThreadSafetyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  @Test
  void eightThreadsShareOneRenderer() throws Exception {
    JsonLdRenderer renderer =
        JsonLdRenderer.builder().customizer((document, jsonLd) -> JsonLdCustomizer.mainNode(jsonLd).put("url", "https://jobs.example/")).build();
    List<JobDocument> documents =
        Stream.concat(
                Documents.sampleNames().stream().map(Documents::sample),
                LongStream.range(0, 20).mapToObj(Documents::generated))
            .toList();
    List<String> expected = documents.stream().map(renderer::render).toList();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> mismatches = new ArrayList<>();
                  for (int round = 0; round < ROUNDS; round++) {
                    // Each thread walks the documents from its own offset, so different documents overlap.
                    for (int i = 0; i < documents.size(); i++) {
                      int index = (i + offset * 7) % documents.size();
                      if (!expected.get(index).equals(renderer.render(documents.get(index)))) {
                        mismatches.add("document " + index + " in round " + round);
                      }
                    }
                  }
                  return mismatches;
                }));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertEquals(List.of(), result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
