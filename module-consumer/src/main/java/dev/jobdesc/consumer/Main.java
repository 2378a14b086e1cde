package dev.jobdesc.consumer;

import dev.jobdesc.cli.JobdescCommand;
import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.RendererProvider;
import dev.jobdesc.render.Renderers;
import dev.jobdesc.render.html.HtmlRenderer;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.ValidationReport;
import dev.jobdesc.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Reads a document, validates it with the {@code publishable} profile, writes it back as JSON,
 * renders it with the HTML renderer and with every discovered renderer, and validates it again
 * through the command line; prints one line per step, which the tests check.
 */
public final class Main {
  private Main() {}

  /**
   * Runs on the document file {@code args[0]} and exits with the command line's status.
   *
   * @param args the path of a document
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.exit(run(Path.of(args[0]), System.out));
  }

  /**
   * Runs on {@code file}, printing to {@code out}.
   *
   * @param file a document file
   * @param out where the steps are printed
   * @return the exit status of {@code jobdesc validate} on the file
   * @throws IOException if the file cannot be read
   */
  public static int run(Path file, PrintStream out) throws IOException {
    out.println("module " + Main.class.getModule().getName()
        + " reads jobdesc from " + JobDocument.class.getModule().getName());

    ReadResult read = DocumentReader.standard().parse(file);
    JobDocument document = read.orElseThrow();
    ValidationReport report = Validator.builder().profiles("publishable").build().validate(read);
    out.println("validated: " + report.getFindings().size() + " findings");
    for (Finding finding : report.getFindings()) {
      out.println("  " + finding.getRuleId() + " " + finding.getPath());
    }

    String json = DocumentWriter.standard().write(document, Format.JSON);
    JobDocument again = DocumentReader.standard().parse(json, "written.json").orElseThrow();
    out.println("json round trip: " + (again.equals(document) ? "equal" : "DIFFERENT"));

    String page = HtmlRenderer.builder().build().render(document);
    out.println("html renderer: " + page.length() + " chars");

    for (RendererProvider provider : Renderers.discover()) {
      String text = provider.create(RenderSettings.defaults()).render(document);
      out.println("discovered " + provider.getFormatId() + " from "
          + provider.getClass().getModule().getName() + ": " + text.length() + " chars");
    }

    int status = JobdescCommand.run(System.in, out, out, "validate", file.toString());
    out.println("jobdesc validate: exit " + status);
    return status;
  }
}
