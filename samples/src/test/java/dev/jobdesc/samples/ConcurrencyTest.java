package dev.jobdesc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.RendererProvider;
import dev.jobdesc.render.Renderers;
import dev.jobdesc.testkit.CaseSeeds;
import dev.jobdesc.testkit.DocumentGenerator;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Profiles;
import dev.jobdesc.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * quality.md R5: one validator with every built-in profile and one renderer per shipped format,
 * shared by 8 threads over generated documents, give exactly the single-threaded results. Each
 * document's findings and renderings are compared by their SHA-256. {@code ./mvnw verify} runs
 * 2,000 documents (about 25 s on 2 cores); R5's 10,000 take
 * {@code -Djobdesc.concurrency.documents=10000} (about two minutes).
 */
class ConcurrencyTest {
  private static final int DOCUMENTS = Integer.getInteger("jobdesc.concurrency.documents", 2_000);
  private static final int THREADS = 8;

  private final Validator validator = everyProfile();
  private final List<Renderer> renderers =
      Renderers.discover().stream().map(p -> p.create(RenderSettings.defaults())).toList();
  private final List<JobDocument> documents = documents();

  @Test
  void sharedValidatorAndRenderersGiveTheSingleThreadedResults() throws Exception {
    assertEquals(List.of("html", "html-fragment", "jsonld", "markdown", "text"),
        Renderers.discover().stream().map(RendererProvider::getFormatId).toList());
    List<String> alone = new ArrayList<>();
    for (JobDocument document : documents) {
      alone.add(digest(document));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> shared = new ArrayList<>();
      for (JobDocument document : documents) {
        shared.add(pool.submit(() -> digest(document)));
      }
      for (int i = 0; i < DOCUMENTS; i++) {
        int index = i;
        assertEquals(alone.get(i), shared.get(i).get(), () -> "document " + index + " differs between threads");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private String digest(JobDocument document) throws NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(validator.validate(document).getFindings().toString().getBytes(StandardCharsets.UTF_8));
    for (Renderer renderer : renderers) {
      sha.update(renderer.render(document).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static Validator everyProfile() {
    Validator.Builder builder =
        Validator.builder().clock(Clock.fixed(GoldenReportsTest.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    for (Profile profile : Profiles.standard().all()) {
      if (!profile.getName().equals("structure")) {
        builder.addProfile(profile);
      }
    }
    return builder.build();
  }

  private static List<JobDocument> documents() {
    long[] seeds = CaseSeeds.seeds(DOCUMENTS).toArray();
    return IntStream.range(0, DOCUMENTS).mapToObj(i -> DocumentGenerator.withSeed(seeds[i]).document()).toList();
  }
}
