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
import dev.jobdesc.render.text.TextRenderer;
import dev.jobdesc.validation.ValidationReport;
import dev.jobdesc.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;

/**
 * The README's quick start: build a posting in Java, render it, read a sample, validate both,
 * print the findings. Run it with {@code java -cp … dev.jobdesc.samples.QuickStart [FILE]} from the
 * repository root.
 *
 * @since 0.1
 */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the example on the document file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    run(Path.of(args.length > 0 ? args[0] : "samples/documents/peer-specialist.role.yaml"), System.out);
  }

  /** Runs the example, printing to {@code out}; returns the number of findings. */
  public static int run(Path file, PrintStream out) throws IOException {
    // The README quotes this block.
    JobDescription posting = JobDescription.builder()
        .role(Role.builder().title("Peer Support Specialist").build())
        .addResponsibilities(Responsibility.of("Facilitate peer support groups"))
        .addQualifications(Qualification.builder().text("Lived experience of mental health recovery")
            .kind(QualificationKind.LIVED_EXPERIENCE).build())
        .pay(PayRange.builder().minimum(new BigDecimal("50000")).maximum(new BigDecimal("35000"))
            .currency(Currency.getInstance("USD")).period(PayPeriod.YEAR).build())
        .build();
    out.print(DocumentWriter.standard().write(posting, Format.YAML));
    out.print(TextRenderer.builder().width(72).build().render(posting)); // or HtmlRenderer, …

    Validator validator = Validator.standard(); // build once, share: thread-safe
    ValidationReport built = validator.validate(posting);
    built.getFindings().forEach(out::println);

    ReadResult read = DocumentReader.standard().parse(file);
    ValidationReport report = validator.validate(read);
    report.getFindings().forEach(out::println); // with line and column
    out.println(read.getSource() + ": " + report.getFindings().size() + " findings");
    return built.getFindings().size() + report.getFindings().size();
  }
}
