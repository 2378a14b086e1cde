package dev.jobdesc.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * P4: {@code ./jobdesc validate} and {@code ./jobdesc render --format html} of the largest sample,
 * each as a new process, against the JVM floor: {@code java -cp cli/target/jobdesc.jar:DIR} of
 * {@link EmptyMain}. Run in the repository's root, after {@code cli/target/jobdesc.jar} is built.
 */
final class ColdStart {
  static final String SAMPLE = "samples/documents/mental-health-peer-specialist.yaml";

  private final Path root;
  private final int runs;

  ColdStart(Path root, int runs) {
    this.root = root;
    this.runs = runs;
  }

  /**
   * The medians, in milliseconds: the floor, the two commands as they are, and the two commands
   * with an AppCDS archive of the classes a validate run loads ({@code JAVA_OPTS=
   * -XX:SharedArchiveFile=...}), to show what such an archive would give {@code ./jobdesc}.
   */
  record Result(double floor, double validate, double render, double validateCds, double renderCds) {}

  Result measure() throws IOException, InterruptedException {
    Path jar = root.resolve("cli/target/jobdesc.jar");
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(root.resolve(SAMPLE))) {
      throw new IllegalStateException(
          "P4 runs in the repository's root after cli/target/jobdesc.jar is built; not found under "
              + root.toAbsolutePath());
    }
    Path floorClasses = emptyMainDirectory();
    Path html = Files.createTempFile("jobdesc-p4-", ".html");
    Path archive = floorClasses.resolve("jobdesc.jsa");
    try {
      ProcessTimer timer = new ProcessTimer(root, Map.of());
      ProcessTimer cds =
          new ProcessTimer(root, Map.of("JAVA_OPTS", "-XX:SharedArchiveFile=" + archive));
      List<String> floor =
          ProcessTimer.command(
              ProcessTimer.java(), "-cp", jar + ":" + floorClasses, EmptyMain.class.getName());
      List<String> validate = ProcessTimer.command("./jobdesc", "validate", SAMPLE);
      List<String> render =
          ProcessTimer.command(
              "./jobdesc", "render", "--format", "html", "--output", html.toString(), SAMPLE);
      // Interleaved rounds, so that a burst of load from elsewhere hits all three alike.
      double[] floors = new double[runs];
      double[] validates = new double[runs];
      double[] renders = new double[runs];
      double[] validatesCds = new double[runs];
      double[] rendersCds = new double[runs];
      new ProcessTimer(root, Map.of("JAVA_OPTS", "-XX:ArchiveClassesAtExit=" + archive))
          .runOnce(validate, 0);
      for (List<String> command : List.of(floor, validate, render)) {
        timer.runOnce(command, 0); // warm the page cache
      }
      for (int i = 0; i < runs; i++) {
        floors[i] = timer.runOnce(floor, 0);
        validates[i] = timer.runOnce(validate, 0);
        renders[i] = timer.runOnce(render, 0);
        validatesCds[i] = cds.runOnce(validate, 0);
        rendersCds[i] = cds.runOnce(render, 0);
      }
      return new Result(
          ProcessTimer.median(floors), ProcessTimer.median(validates), ProcessTimer.median(renders),
          ProcessTimer.median(validatesCds), ProcessTimer.median(rendersCds));
    } finally {
      Files.deleteIfExists(html);
      Files.deleteIfExists(archive);
      Files.deleteIfExists(floorClasses.resolve(EmptyMain.class.getName().replace('.', '/') + ".class"));
      for (Path dir = floorClasses.resolve("dev/jobdesc/benchmarks"); dir.startsWith(floorClasses);
          dir = dir.getParent()) {
        Files.deleteIfExists(dir);
      }
    }
  }

  /** A directory holding only {@link EmptyMain}'s class, copied out of this jar. */
  private static Path emptyMainDirectory() {
    String resource = EmptyMain.class.getName().replace('.', '/') + ".class";
    try (InputStream in = ColdStart.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the class path: " + resource);
      }
      Path directory = Files.createTempDirectory("jobdesc-p4-floor-");
      Path file = directory.resolve(resource);
      Files.createDirectories(file.getParent());
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
