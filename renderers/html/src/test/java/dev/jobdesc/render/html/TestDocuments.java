package dev.jobdesc.render.html;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.testkit.Samples;
import dev.jobdesc.testkit.DocumentGenerator;
import java.util.List;
import java.util.stream.LongStream;

/** The documents the tests render: the samples, and generated documents by seed. */
final class TestDocuments {
  /** How many generated documents the conformance tests render. */
  static final int GENERATED = 200;

  private TestDocuments() {}

  /** The sample named {@code fileName}, one of {@link Samples#FILE_NAMES}. */
  static JobDocument sample(String fileName) {
    return Samples.read(fileName);
  }

  /** The sample file names. */
  static List<String> sampleNames() {
    return Samples.FILE_NAMES;
  }

  /** The generated document of {@code seed}. */
  static JobDocument generated(long seed) {
    return DocumentGenerator.withSeed(seed).document();
  }

  /** The seeds of the generated documents: 1 to {@link #GENERATED}. */
  static LongStream seeds() {
    return LongStream.rangeClosed(1, GENERATED);
  }

  /** The largest sample, by the length of its page. */
  static String largestSampleName() {
    HtmlRenderer page = HtmlRenderer.builder().build();
    String largest = null;
    int length = -1;
    for (String name : sampleNames()) {
      int pageLength = page.render(sample(name)).length();
      if (pageLength > length) {
        largest = name;
        length = pageLength;
      }
    }
    return largest;
  }
}
