package dev.jobdesc.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.RenderSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample page has zero axe-core violations (WCAG 2.0 and 2.1, A and AA, and best
 * practice) in Debian's headless Chromium, and loads nothing from outside; so do a sample in
 * Spanish and two generated pages with what the samples lack (a "Preferred" marker, links,
 * right-to-left text). A page with known faults checks that axe-core really ran. Needs
 * {@code /usr/bin/chromium} (CI's {@code .ci/run} installs it) and Node.js with npm: the pinned
 * axe-core and playwright-core ({@code src/test/axe/package-lock.json}) are installed under
 * {@code target/axe} on first use. Screenshots of each page on a desktop, a phone and in print
 * go to {@code target/screenshots}.
 */
class AccessibilityTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path SOURCES = MODULE.resolve("src/test/axe");
  private static final Path WORK = MODULE.resolve("target/axe");
  private static final Path SCREENSHOTS = MODULE.resolve("target/screenshots");
  private static final List<String> NODE_FILES = List.of("package.json", "package-lock.json", "axe-check.mjs");

  /** Missing lang, grey on white, no main landmark: faults axe-core must report. */
  private static final String FAULTY_PAGE =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Faulty</title></head>"
          + "<body><p style=\"color:#bbb\">Low contrast</p></body></html>";

  /** The pages to check, by file name without extension. */
  private static final Map<String, String> PAGES = pageSources();

  private static final Map<String, JsonNode> RESULTS = new HashMap<>();

  static List<String> pages() {
    return List.copyOf(PAGES.keySet());
  }

  private static Map<String, String> pageSources() {
    HtmlRenderer page = HtmlRenderer.builder().build();
    Map<String, String> pages = new LinkedHashMap<>();
    for (String sample : TestDocuments.sampleNames()) {
      pages.put(sample.replace(".yaml", ""), page.render(TestDocuments.sample(sample)));
    }
    String first = TestDocuments.sampleNames().get(0);
    HtmlRenderer spanish =
        HtmlRenderer.builder()
            .settings(RenderSettings.builder().locale(Locale.forLanguageTag("es")).build())
            .build();
    pages.put(first.replace(".yaml", "") + ".es", spanish.render(TestDocuments.sample(first)));
    pages.put("generated-marker-and-link", page.render(firstGenerated(page, false)));
    pages.put("generated-right-to-left", page.render(firstGenerated(page, true)));
    return pages;
  }

  /** The first generated document whose page has a marker and a link, and is right-to-left or not. */
  private static JobDocument firstGenerated(HtmlRenderer page, boolean rightToLeft) {
    return TestDocuments.seeds()
        .mapToObj(TestDocuments::generated)
        .filter(d -> rightToLeft == Set.of("ar", "he").contains(d.getLanguage().getLanguage()))
        .filter(d -> {
          String html = page.render(d);
          return html.contains("class=\"jobdesc-item-marker\"") && html.contains("class=\"jobdesc-link\"");
        })
        .findFirst()
        .orElseThrow();
  }

  @BeforeAll
  static void checkSamplesInChromium() throws Exception {
    assertTrue(
        Files.isExecutable(CHROMIUM),
        "Chromium is missing: this test runs axe-core in Debian's headless Chromium at " + CHROMIUM
            + ". CI's .ci/run installs it; on this machine run: apt-get install -y chromium");
    installNodePackages();
    List<String> command = new ArrayList<>(List.of("node", "axe-check.mjs", "results.json", SCREENSHOTS.toString()));
    Path directory = Files.createDirectories(WORK.resolve("pages"));
    Map<String, String> pages = new LinkedHashMap<>(PAGES);
    pages.put("faulty", FAULTY_PAGE);
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = directory.resolve(page.getKey() + ".html");
      Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
      command.add(file.toString());
    }
    run(command, "running axe-core in Chromium");
    for (JsonNode result : new ObjectMapper().readTree(WORK.resolve("results.json").toFile())) {
      RESULTS.put(result.get("page").asText(), result);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageHasNoAxeViolations(String page) {
    JsonNode result = RESULTS.get(page + ".html");
    assertEquals(List.of(), violations(result), () -> page + ": axe-core " + result.get("axeVersion").asText());
    assertTrue(result.get("passes").asInt() > 10, () -> page + ": axe-core checked too little: " + result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageLoadsNothingFromOutside(String page) {
    JsonNode result = RESULTS.get(page + ".html");
    assertEquals(0, result.get("externalRequests").size(), () -> page + ": " + result.get("externalRequests"));
  }

  @Test
  void axeFindsTheFaultsOfAFaultyPage() {
    List<String> violations = violations(RESULTS.get("faulty.html"));
    assertTrue(violations.stream().anyMatch(v -> v.contains(" html-has-lang:")), violations::toString);
    assertTrue(violations.stream().anyMatch(v -> v.contains(" color-contrast:")), violations::toString);
  }

  private static List<String> violations(JsonNode result) {
    List<String> violations = new ArrayList<>();
    for (JsonNode v : result.get("violations")) {
      violations.add(
          v.get("impact").asText() + " " + v.get("id").asText() + ": " + v.get("help").asText()
              + " " + v.get("nodes"));
    }
    return violations;
  }

  /** Installs the locked packages into {@code target/axe}, unless the same lock is installed. */
  private static void installNodePackages() throws Exception {
    Files.createDirectories(WORK);
    boolean installed =
        Files.isDirectory(WORK.resolve("node_modules/axe-core"))
            && Files.isDirectory(WORK.resolve("node_modules/playwright-core"))
            && Files.exists(WORK.resolve("package-lock.json"))
            && Files.mismatch(WORK.resolve("package-lock.json"), SOURCES.resolve("package-lock.json")) == -1;
    for (String file : NODE_FILES) {
      Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!installed) {
      // --ignore-scripts: no install script may run, let alone download a browser.
      run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), "installing axe-core with npm");
    }
  }

  private static void run(List<String> command, String what) throws IOException, InterruptedException {
    Path log = WORK.resolve("process.log");
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .directory(WORK.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new AssertionError(what + ": cannot start " + command.get(0)
          + " (this test needs Node.js and npm on the PATH)", e);
    }
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(what + ": no result after 5 minutes; output:\n" + Files.readString(log));
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(what + " failed, exit " + process.exitValue() + ":\n" + Files.readString(log));
    }
  }
}
