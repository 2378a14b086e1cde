package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R2 of quality.md: every file of the malformed-input corpus (the test resources'
 * {@code dev/jobdesc/cli/malformed/}, each listed with its expected outcome in {@code
 * expected.tsv}) is run through
 * {@code jobdesc validate --report json FILE} and must give its expected {@code syntax} or
 * {@code structure.*} finding, with a line, exit status 1, no stack trace, in under 2 s. A
 * {@code .recipe} entry stands for a file too big to keep in the repository (10 MB strings, huge
 * lists): each of its lines is {@code <count> <text>}, the text written count times. The pom runs
 * the classes tagged {@code malformed-corpus} in their own fork with a 256 MiB heap, so that input
 * that blows the heap fails here.
 */
@Tag("malformed-corpus")
class MalformedCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/dev/jobdesc/cli/malformed");
  private static final Path MANIFEST = CORPUS.resolve("expected.tsv");
  private static final String RECIPE = ".recipe";

  /** The coarse per-file ceiling that R2 demands; not a benchmark. */
  private static final Duration CEILING = Duration.ofSeconds(2);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Text of a stack trace or of the command's internal-error handler, on either stream. */
  private static final List<String> BANNED =
      List.of("Exception", "at dev.jobdesc", "internal error", "internal-error");

  /**
   * One manifest row: the file, the rule id of the finding it must get, a fragment of that
   * finding's message (or empty), its line (0: any line from 1), and what is wrong, in words.
   */
  record Entry(String file, String rule, String fragment, int line, String note) {
    @Override
    public String toString() {
      return file + " (" + note + ")";
    }
  }

  @BeforeAll
  static void warmUp() {
    // The first run loads the command's classes; the ceiling is for reading a file, not that.
    CliRun.of("validate", "../samples/documents/peer-specialist.role.yaml");
  }

  static Stream<Entry> corpus() throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (String row : Files.readAllLines(MANIFEST, StandardCharsets.UTF_8)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t", -1);
      assertEquals(5, f.length, () -> "expected.tsv: five tab-separated columns in: " + row);
      entries.add(new Entry(f[0], f[1], f[2], f[3].isEmpty() ? 0 : Integer.parseInt(f[3]), f[4]));
    }
    return entries.stream();
  }

  @Test
  void theManifestListsEveryFileOfTheCorpusOnceAndThereAreAtLeast200() throws IOException {
    List<String> listed = corpus().map(Entry::file).toList();
    Set<String> onDisk;
    try (Stream<Path> files = Files.walk(CORPUS)) {
      onDisk =
          files
              .filter(Files::isRegularFile)
              .filter(p -> !p.equals(MANIFEST))
              .map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(listed.size(), Set.copyOf(listed).size(), "a file is listed twice");
    assertEquals(onDisk, new TreeSet<>(listed));
    assertTrue(listed.size() >= 200, () -> listed.size() + " files");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRejectedWithALocatedFindingAndStatusOne(Entry entry, @TempDir Path temp)
      throws IOException {
    Path input =
        entry.file().endsWith(RECIPE) ? expand(entry.file(), temp) : CORPUS.resolve(entry.file());

    long start = System.nanoTime();
    CliRun run = CliRun.of("validate", "--report", "json", input.toString());
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertEquals(1, run.status(), run::out);
    assertEquals("", run.err());
    String all = run.out() + run.err();
    for (String banned : BANNED) {
      assertFalse(all.contains(banned), () -> "'" + banned + "' in:\n" + all);
    }
    List<JsonNode> findings = new ArrayList<>();
    for (JsonNode document : JSON.readTree(run.out()).get("documents")) {
      document.get("findings").forEach(findings::add);
    }
    assertFalse(findings.isEmpty(), run::out);
    for (JsonNode finding : findings) {
      assertTrue(finding.path("line").asInt() >= 1, () -> "a finding without a line: " + finding);
    }
    List<JsonNode> expected =
        findings.stream()
            .filter(f -> f.get("ruleId").asText().equals(entry.rule()))
            .filter(f -> f.get("severity").asText().equals("ERROR"))
            .filter(f -> contains(f.get("message").asText(), entry.fragment()))
            .filter(f -> entry.line() == 0 || f.get("line").asInt() == entry.line())
            .toList();
    assertFalse(
        expected.isEmpty(),
        () ->
            "no "
                + entry.rule()
                + " error with '"
                + entry.fragment()
                + "' at line "
                + entry.line()
                + " among:\n"
                + findings);
    assertTrue(took.compareTo(CEILING) < 0, () -> "took " + took.toMillis() + " ms");
  }

  private static boolean contains(String message, String fragment) {
    return message.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT));
  }

  /** Writes the file a recipe stands for into {@code dir}, named as the recipe less its suffix. */
  private static Path expand(String recipe, Path dir) throws IOException {
    String name = Path.of(recipe).getFileName().toString();
    Path target = dir.resolve(name.substring(0, name.length() - RECIPE.length()));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
      for (String row : Files.readAllLines(CORPUS.resolve(recipe), StandardCharsets.UTF_8)) {
        if (row.startsWith("#")) {
          continue;
        }
        int space = row.indexOf(' ');
        int count = Integer.parseInt(row.substring(0, space));
        byte[] text = unescape(row.substring(space + 1)).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
          out.write(text);
        }
      }
    }
    return target;
  }

  /** {@code \n} is a line feed and {@code \\} a backslash; nothing else is escaped. */
  private static String unescape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        b.append(next == 'n' ? '\n' : next);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
