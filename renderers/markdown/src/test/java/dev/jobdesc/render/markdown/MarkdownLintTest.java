package dev.jobdesc.render.markdown;

import dev.jobdesc.testkit.Samples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * markdownlint, an independent checker, on the rendering of every sample: its default rules but
 * line length (MD013: a paragraph is one line by design) find nothing. Needs Node.js and npm on the
 * path; the first run installs the version pinned in {@code src/test/markdownlint/package-lock.json}
 * into {@code target/markdownlint} with {@code npm ci}. Without Node.js the test fails: CI has it.
 */
class MarkdownLintTest {
  private static final Path PINNED = Path.of("src/test/markdownlint");
  private static final Path WORK = Path.of("target/markdownlint");
  private static final Path CLI = WORK.resolve("node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs");
  private static final String CONFIG = "{ \"config\": { \"default\": true, \"MD013\": false } }\n";

  @BeforeAll
  static void installThePinnedMarkdownlint() throws IOException, InterruptedException {
    Path lock = WORK.resolve("package-lock.json");
    if (Files.exists(CLI) && Files.mismatch(lock, PINNED.resolve("package-lock.json")) == -1) {
      return; // installed by an earlier run, same versions
    }
    Files.createDirectories(WORK);
    for (String file : List.of("package.json", "package-lock.json")) {
      Files.copy(PINNED.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Result install = run(WORK, 300, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
    assertEquals(0, install.exitCode(), () -> "npm ci of markdownlint-cli2 failed:\n" + install.output());
  }

  @Test
  void theSamplesHaveNoFindingsUnderTheDefaultRulesButLineLength() throws IOException, InterruptedException {
    Path samples = WORK.resolve("samples");
    Files.createDirectories(samples);
    Files.writeString(samples.resolve(".markdownlint-cli2.jsonc"), CONFIG);
    List<String> files = new ArrayList<>();
    for (String name : Samples.FILE_NAMES) {
      String file = name.replaceFirst("\\.yaml$", ".md");
      Files.writeString(samples.resolve(file), MarkdownRenderer.create().render(Samples.read(name)), StandardCharsets.UTF_8);
      files.add(file);
    }
    List<String> command = new ArrayList<>(List.of("node", CLI.toAbsolutePath().toString()));
    command.addAll(files);
    Result lint = run(samples, 120, command.toArray(String[]::new));
    assertEquals(0, lint.exitCode(), () -> "markdownlint findings in " + samples.toAbsolutePath() + ":\n" + lint.output());
    assertTrue(lint.output().contains("Linting: " + files.size() + " file(s)"), lint.output());
  }

  private record Result(int exitCode, String output) {}

  /** Runs {@code command} in {@code directory}, standard error merged into the output. */
  private static Result run(Path directory, int timeoutSeconds, String... command) throws IOException, InterruptedException {
    Path output = Files.createTempFile(WORK, "output", ".txt");
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
    } catch (IOException e) {
      return fail("markdownlint needs Node.js 20+ and npm on the PATH (CI has them); cannot run "
          + command[0] + ": " + e.getMessage(), e);
    }
    process.getOutputStream().close(); // nothing to read: no tool may wait for input
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(output));
    }
    return new Result(process.exitValue(), Files.readString(output));
  }
}
