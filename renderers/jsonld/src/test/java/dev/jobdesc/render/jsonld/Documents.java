package dev.jobdesc.render.jsonld;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.Format;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.testkit.Samples;
import dev.jobdesc.testkit.DocumentGenerator;
import java.util.List;
import java.util.stream.LongStream;

/** The documents the tests render: the five samples and seeded generated ones. */
final class Documents {
  /** How many generated documents the property tests render. */
  static final int GENERATED = 1_000;

  private Documents() {}

  /** The sample {@code fileName}, read as the samples module reads it. */
  static JobDocument sample(String fileName) {
    return DocumentReader.standard().parse(Samples.bytes(fileName), Format.YAML, fileName).orElseThrow();
  }

  /** The file names of the samples. */
  static List<String> sampleNames() {
    return Samples.FILE_NAMES;
  }

  /** The document generated from {@code seed}: replay a failure from its seed alone. */
  static JobDocument generated(long seed) {
    return DocumentGenerator.withSeed(seed).document();
  }

  /** The job description generated from {@code seed}. */
  static JobDescription generatedJob(long seed) {
    return DocumentGenerator.withSeed(seed).jobDescription();
  }

  /** The seeds of the generated documents. */
  static LongStream seeds() {
    return LongStream.range(0, GENERATED);
  }
}
