package dev.jobdesc.samples;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.validation.Lexicon;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Profiles;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.ValidationReport;
import dev.jobdesc.validation.Validator;
import dev.jobdesc.validation.WordList;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The README's validation profiles: a validator for a posting pipeline, with a word of its own
 * in the jargon list, a rule of its own, one rule denied and one made stricter, run on a file.
 * Run it with {@code java -cp … dev.jobdesc.samples.PublishingCheck [FILE]} from the repository
 * root.
 *
 * @since 0.1
 */
public final class PublishingCheck {
  private PublishingCheck() {}

  /** Runs the check on the document file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    run(Path.of(args.length > 0 ? args[0] : "samples/published/peer-support-specialist-denver.yaml"),
        Clock.systemDefaultZone(), System.out);
  }

  /** Checks {@code file} on the day of {@code clock}, printing each finding; returns the report. */
  public static ValidationReport run(Path file, Clock clock, PrintStream out) throws IOException {
    // The README quotes these two blocks.
    Rule noCodes = Rule.builder("acme.title.no-codes")
        .severity(Severity.WARNING).category("house-style")
        .description("Titles carry no requisition codes.")
        .check((document, context) -> {
          if (document instanceof JobDescription job && job.displayTitle().contains("REQ-")) {
            context.report("/title", "Take the requisition code out of the title.");
          }
        })
        .build();
    Profile acme = Profile.of("acme", "Acme's house style.", List.of(noCodes));

    Validator validator = Validator.builder()
        .profiles("publishable", "google-jobs", "pay-transparency:auto")
        .addProfile(Profiles.language(Lexicon.standard()
            .plus(Lexicon.Category.JARGON, WordList.of(WordList.Term.of("synergy", "cooperation")))))
        .addProfile(acme)
        .denyRules("google-jobs.identifier")              // a rule id, or a prefix: "readability.*"
        .severity("publishable.pay", Severity.ERROR)      // pay is a must here
        .clock(clock)                                     // what "expired" compares with
        .build();

    ValidationReport report = validator.validate(DocumentReader.standard().parse(file));
    report.getFindings().forEach(out::println);
    return report;
  }
}
