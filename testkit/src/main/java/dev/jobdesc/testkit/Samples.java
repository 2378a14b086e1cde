package dev.jobdesc.testkit;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.Format;
import dev.jobdesc.model.Application;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The five sample documents of the project (the repository's {@code samples/documents}), as
 * class-path resources: real job descriptions and career profiles, each holding every fact of
 * its source page, for tests that want realistic documents besides generated ones.
 *
 * @since 0.1
 */
public final class Samples {
  /** The largest sample, by the bytes of its YAML: the one to measure speed on. */
  public static final String LARGEST = "mental-health-peer-specialist.yaml";

  /** The file names of the samples, job descriptions first. */
  public static final List<String> FILE_NAMES =
      List.of(
          "mental-health-peer-specialist.yaml",
          "peer-support-specialist.yaml",
          "certified-peer-support-worker.yaml",
          "mental-health-peer-specialist.role.yaml",
          "peer-specialist.role.yaml");

  private Samples() {}

  /**
   * {@return the bytes of the sample {@code fileName}, one of {@link #FILE_NAMES}}
   *
   * @param fileName a sample's file name
   */
  public static byte[] bytes(String fileName) {
    if (!FILE_NAMES.contains(fileName)) {
      throw new IllegalArgumentException("no sample named " + fileName + "; see FILE_NAMES");
    }
    try (InputStream in = Samples.class.getResourceAsStream("samples/" + fileName)) {
      if (in == null) {
        throw new IllegalStateException("sample missing from the class path: " + fileName);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the sample {@code fileName}, one of {@link #FILE_NAMES}, read}
   *
   * @param fileName a sample's file name
   */
  public static JobDocument read(String fileName) {
    return DocumentReader.standard().parse(bytes(fileName), Format.YAML, fileName).orElseThrow();
  }

  /**
   * {@return the largest sample posting stating Ontario's two disclosures, which no sample states: whether
   * artificial intelligence screens applicants and whether the posting is for an existing vacancy}
   * For tests that each format shows them.
   *
   * @param aiScreening the AI-screening disclosure
   * @param existingVacancy the existing-vacancy disclosure
   * @since 0.1
   */
  public static JobDescription withOntarioDisclosures(boolean aiScreening, boolean existingVacancy) {
    JobDescription job = (JobDescription) read(LARGEST);
    Application application = job.getApplication().orElseThrow().withAiScreening(aiScreening);
    return job.withApplication(application).withExistingVacancy(existingVacancy);
  }
}
