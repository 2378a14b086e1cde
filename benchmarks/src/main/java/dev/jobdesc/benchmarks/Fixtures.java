package dev.jobdesc.benchmarks;

import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.html.HtmlRenderer;
import dev.jobdesc.testkit.Samples;
import dev.jobdesc.validation.Profiles;
import dev.jobdesc.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** What the benchmarks measure on: the largest sample, and the library set up as users set it up. */
public final class Fixtures {
  /** The day validation runs on, so that date rules give the same findings on every run. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private Fixtures() {}

  /** The largest sample ({@link Samples#LARGEST}), read from its YAML. */
  public static JobDocument largest() {
    return Samples.read(Samples.LARGEST);
  }

  /** The largest sample in its canonical JSON form, as UTF-8 bytes. */
  public static byte[] largestJson() {
    return DocumentWriter.standard().write(largest(), Format.JSON).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The HTML page renderer under test: default settings and stylesheet, without the embedded
   * JSON-LD. The JSON-LD is the jsonld renderer's work (a Jackson serialisation), which every
   * variant would call the same way; left in, it would only dilute the ratios of P1.
   */
  public static HtmlRenderer page() {
    return HtmlRenderer.builder().jsonLd(null).build();
  }

  /** A validator running every profile the class path offers, on a fixed day. */
  public static Validator allProfiles() {
    return Validator.builder()
        .profiles(Profiles.standard().names().toArray(String[]::new))
        .clock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
        .build();
  }
}
