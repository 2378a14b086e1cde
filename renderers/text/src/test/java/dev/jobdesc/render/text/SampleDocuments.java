package dev.jobdesc.render.text;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.Format;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.testkit.Samples;
import java.util.List;

/** The five sample documents, read. */
final class SampleDocuments {
  /** The largest sample, by the bytes of its YAML. */
  static final String LARGEST = "mental-health-peer-specialist.yaml";

  private SampleDocuments() {}

  /** The file names, for {@code @MethodSource}. */
  static List<String> names() {
    return Samples.FILE_NAMES;
  }

  /** The sample {@code fileName}, read. */
  static JobDocument read(String fileName) {
    return DocumentReader.standard().parse(Samples.bytes(fileName), Format.YAML, fileName).orElseThrow();
  }
}
