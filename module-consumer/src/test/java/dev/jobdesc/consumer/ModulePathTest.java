package dev.jobdesc.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.RendererProvider;
import dev.jobdesc.render.Renderers;
import dev.jobdesc.validation.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * jobdesc used from the module path: in this test's JVM, where the tests are patched into the
 * named module dev.jobdesc.consumer, and in a JVM launched with {@code java --module-path …
 * --module dev.jobdesc.consumer/dev.jobdesc.consumer.Main}, as an application would run.
 */
class ModulePathTest {
  private static final Path DOCUMENT = Path.of("../samples/published/peer-support-specialist-denver.yaml");

  private static final Map<String, String> RENDERER_MODULES = new TreeMap<>(Map.of(
      "html", "dev.jobdesc.renderer.html",
      "html-fragment", "dev.jobdesc.renderer.html",
      "jsonld", "dev.jobdesc.renderer.jsonld",
      "markdown", "dev.jobdesc.renderer.markdown",
      "text", "dev.jobdesc.renderer.text"));

  @Test
  void theTestsRunInNamedModules() {
    assertEquals("dev.jobdesc.consumer", getClass().getModule().getName());
    assertEquals("dev.jobdesc.core", JobDocument.class.getModule().getName());
  }

  @Test
  void everyRendererIsFoundThroughItsModulesProvides() {
    Map<String, String> found = new TreeMap<>();
    for (RendererProvider provider : Renderers.discover()) {
      found.put(provider.getFormatId(), provider.getClass().getModule().getName());
    }
    assertEquals(RENDERER_MODULES, found);
  }

  @Test
  void theHtmlPageEmbedsTheJsonLdThatTheHtmlModuleFindsByDiscovery() throws IOException {
    JobDocument document = DocumentReader.standard().parse(DOCUMENT).orElseThrow();
    String page = Renderers.find("html").orElseThrow().create(RenderSettings.defaults()).render(document);
    assertTrue(page.contains("<script type=\"application/ld+json\">"), page);
    assertTrue(page.contains("\"@type\": \"JobPosting\"") || page.contains("\"@type\":\"JobPosting\""), page);
  }

  @Test
  void theProfilesOfEveryBuiltInRuleSetResolve() {
    Profiles profiles = Profiles.standard();
    for (String name : List.of("structure", "publishable", "google-jobs", "pay-transparency:auto",
        "language", "readability")) {
      assertEquals(name, profiles.get(name).getName());
    }
  }

  @Test
  void anInvalidDocumentGetsItsStructureFindingsFromHibernateValidator() {
    // Over the 120 characters model.md allows: a Bean Validation @Size, checked reflectively.
    var role = dev.jobdesc.model.Role.builder().title("x".repeat(121)).build();
    var report = dev.jobdesc.validation.Validator.standard().validate(role);
    assertEquals(List.of("structure.length /title"),
        report.getFindings().stream().map(f -> f.getRuleId() + " " + f.getPath()).toList(),
        report.toString());
  }

  @Test
  void theApplicationRunsInThisJvm() throws IOException {
    List<String> lines = runInProcess();
    assertEquals("module dev.jobdesc.consumer reads jobdesc from dev.jobdesc.core", lines.get(0));
    assertTrue(lines.contains("json round trip: equal"), String.join("\n", lines));
    assertTrue(lines.contains("jobdesc validate: exit 0"), String.join("\n", lines));
    for (Map.Entry<String, String> renderer : RENDERER_MODULES.entrySet()) {
      String prefix = "discovered " + renderer.getKey() + " from " + renderer.getValue() + ": ";
      assertTrue(lines.stream().anyMatch(l -> l.startsWith(prefix)), prefix + " in\n" + String.join("\n", lines));
    }
  }

  @Test
  void theApplicationRunsLaunchedOnTheModulePath() throws Exception {
    String modulePath = System.getProperty("jdk.module.path");
    assertNotNull(modulePath, "this JVM runs on the module path");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(),
        // A Spanish JVM: a document in English still gets English labels.
        "-Duser.language=es", "-Duser.country=ES",
        "--module-path", modulePath,
        "--module", "dev.jobdesc.consumer/dev.jobdesc.consumer.Main", DOCUMENT.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launched application ends");
    assertEquals(0, process.exitValue(), out + err);
    assertEquals(runInProcess(), out.lines().toList(), err);
  }

  private static List<String> runInProcess() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Main.run(DOCUMENT, out);
    }
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
