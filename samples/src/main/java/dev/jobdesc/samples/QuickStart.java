package dev.jobdesc.samples;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.validation.ValidationReport;
import dev.jobdesc.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;

/**
 * The README's quick start: build a posting in Java, read a sample, validate both, print the
 * findings. Run it with {@code java -cp … dev.jobdesc.samples.QuickStart [FILE]}.
 *
 * @since 0.1
 */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the example on {@code args[0]}, or on the first sample when no file is given. */
  public static void main(String[] args) throws IOException {
    run(args.length > 0 ? Path.of(args[0]) : null, System.out);
  }

  /** Runs the example, printing to {@code out}; returns the number of findings. */
  public static int run(Path file, PrintStream out) throws IOException {
    // 1. Build a posting in Java: immutable values, builders, withers.
    JobDescription posting =
        JobDescription.builder()
            .role(Role.builder().title("Peer Support Specialist").build())
            .addResponsibilities(Responsibility.of("Facilitate peer support groups"))
            .addQualifications(
                Qualification.builder()
                    .text("Lived experience of mental health recovery")
                    .kind(QualificationKind.LIVED_EXPERIENCE)
                    .build())
            .pay(
                PayRange.builder()
                    .minimum(new BigDecimal("50000"))
                    .maximum(new BigDecimal("35000")) // oops: the validator will say so
                    .currency(Currency.getInstance("USD"))
                    .period(PayPeriod.YEAR)
                    .build())
            .build();
    out.print(DocumentWriter.standard().write(posting, Format.YAML));

    // 2. Validate it: every finding at once, with its rule, JSON Pointer and message.
    Validator validator = Validator.standard();
    ValidationReport built = validator.validate(posting);
    built.getFindings().forEach(f -> out.println(f.getRuleId() + " " + f.getPath() + ": " + f.getMessage()));

    // 3. Read a document from a file and validate it: findings carry line and column too.
    ReadResult read =
        file == null
            ? DocumentReader.standard()
                .parse(Samples.bytes(Samples.FILE_NAMES.get(0)), Format.YAML, Samples.FILE_NAMES.get(0))
            : DocumentReader.standard().parse(file);
    ValidationReport report = validator.validate(read);
    out.println(read.getSource() + ": " + report.getFindings().size() + " findings");
    report.getFindings().forEach(f -> out.println("  " + f));
    return built.getFindings().size() + report.getFindings().size();
  }
}
