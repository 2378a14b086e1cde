package dev.jobdesc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Profiles;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.ValidationReport;
import dev.jobdesc.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample's report under every built-in profile, on a fixed day, equals its reviewed golden
 * file in {@code src/test/resources/golden/reports}: a change to any rule's findings on real
 * documents is a visible diff. After a deliberate change, regenerate them with
 * {@code -Djobdesc.golden.update=true}, read the diff, and commit it.
 */
class GoldenReportsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/reports");
  private static final boolean UPDATE = Boolean.getBoolean("jobdesc.golden.update");

  /** The day the reports are made on, so that expiry rules give the same answer every day. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  static Stream<Path> samples() throws IOException {
    return Stream.concat(listed(Path.of("documents")), listed(Path.of("published")));
  }

  private static Stream<Path> listed(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void reportsUnderEveryProfileEqualTheirGoldenFile(Path sample) throws IOException {
    ReadResult read = DocumentReader.standard().parse(sample);
    assertTrue(read.isSuccess(), () -> read.getProblems().toString());
    StringBuilder text = new StringBuilder();
    text.append("# ").append(sample).append(" on ").append(TODAY)
        .append(": the findings of each built-in profile alone, without structure's (none).\n");
    for (Profile profile : builtInProfiles()) {
      ValidationReport report =
          Validator.builder()
              .addProfile(profile)
              .clock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
              .build()
              .validate(read);
      text.append("\n## ").append(profile.getName()).append(": ")
          .append(report.count(Severity.ERROR)).append(" errors, ")
          .append(report.count(Severity.WARNING)).append(" warnings, ")
          .append(report.count(Severity.INFO)).append(" infos\n");
      for (Finding f : report.getFindings()) {
        text.append(f.getLine().orElse(0)).append(':').append(f.getColumn().orElse(0)).append(' ')
            .append(f.getSeverity()).append(' ').append(f.getRuleId()).append(' ')
            .append(f.getMessage()).append(" [").append(f.getPath()).append(']');
        f.getActual().ifPresent(a -> text.append(" actual=\"").append(a).append('"'));
        if (!f.getSuggestions().isEmpty()) {
          text.append(" suggestions=").append(f.getSuggestions());
        }
        text.append('\n');
      }
    }
    Path golden = GOLDEN.resolve(sample.getFileName().toString().replace(".yaml", ".txt"));
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, text, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), () -> golden + " is missing: run with -Djobdesc.golden.update=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), text.toString(), () -> golden + " differs");
  }

  /** The profiles jobdesc ships (a provider on the class path could add others). */
  private static List<Profile> builtInProfiles() {
    return Profiles.standard().all().stream().filter(p -> !p.getName().equals("structure")).toList();
  }
}
