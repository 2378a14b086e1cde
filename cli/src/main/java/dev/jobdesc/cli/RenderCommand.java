package dev.jobdesc.cli;

import dev.jobdesc.cli.internal.BatchOptions;
import dev.jobdesc.cli.internal.ExitStatus;
import dev.jobdesc.cli.internal.FormatId;
import dev.jobdesc.cli.internal.Inputs;
import dev.jobdesc.cli.internal.IoErrors;
import dev.jobdesc.cli.internal.LanguageTag;
import dev.jobdesc.cli.internal.Output;
import dev.jobdesc.cli.internal.OutputNames;
import dev.jobdesc.cli.internal.Progress;
import dev.jobdesc.cli.internal.TextReport;
import dev.jobdesc.batch.BatchResult;
import dev.jobdesc.batch.BatchValidator;
import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.RendererProvider;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jobdesc render}: writes valid documents in an output format, one at a time. */
@Command(
    name = "render",
    header = "Writes documents as text, Markdown, HTML, JSON-LD, or a format a renderer jar adds.",
    description = {
      "ID is a format that 'jobdesc formats' lists. PATH is one document, in a file or on"
          + " standard input (-), or a .jsonl file or a directory (searched recursively as"
          + " validate does), which may hold many.",
      "",
      "One document is written to --output FILE, replaced only when it renders, or to standard"
          + " output. A .jsonl file or a directory needs --output DIR, made when missing, and"
          + " writes one file per document into it as each is read (and checked, on --threads"
          + " threads, in input order), named",
      "  ID.EXTENSION         by the document's id, or else by its file's name:",
      "  NAME.EXTENSION       for a .yaml, .yml or .json file,",
      "  NAME-LINE.EXTENSION  for a line of a .jsonl file.",
      "An existing directory as --output takes a single document the same way. Each name is"
          + " given once per run, ignoring case: a later document with a name already given is"
          + " not written, and is reported. Other files in DIR are left as they are.",
      "",
      "Only valid documents are rendered. A document that cannot be read, or has an ERROR"
          + " finding of the structure profile, is not rendered: its findings are printed on"
          + " standard error in the text report format of validate, and the rest goes on.",
      ""
    },
    exitCodeList = {
      "0:every document rendered",
      "1:a document not rendered: it cannot be read, has an error, or its file name was taken",
      "2:usage error (an unknown format, an invalid --locale, a .jsonl file or directory"
          + " without --output DIR), a path that cannot be read or written, or an internal error"
    })
final class RenderCommand implements Callable<Integer> {
  @ParentCommand private JobdescCommand jobdesc;

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "ID",
      converter = FormatId.class,
      description = "The format to write, as 'jobdesc formats' lists them.")
  private RendererProvider format;

  @Option(
      names = "--locale",
      paramLabel = "TAG",
      converter = LanguageTag.class,
      description = "The language of labels, numbers and dates, as a BCP 47 tag such as es or"
          + " es-MX, whatever the documents' own language. Default: each document's language.")
  private Locale locale;

  @Option(
      names = "--output",
      paramLabel = "FILE|DIR",
      description = "The file to write one document to, or the directory to write one file per"
          + " document into. Default: standard output, for one document.")
  private Path output;

  @Mixin private BatchOptions batchOptions;

  @Parameters(
      paramLabel = "PATH",
      description = "A file (.yaml, .yml, .json, .jsonl), a directory, or - for standard input.")
  private String path;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Renderer renderer = format.create(RenderSettings.builder().locale(locale).build());
    Inputs inputs = new Inputs(DocumentReader.standard(), jobdesc.stdin(), err);
    try {
      boolean oneFilePerDocument =
          Inputs.holdsSeveralDocuments(path) || (output != null && Files.isDirectory(output));
      return oneFilePerDocument
          ? renderEach(inputs, renderer, err)
          : renderOne(inputs, renderer, err);
    } catch (IOException e) {
      return cannotWrite(err, e);
    } catch (UncheckedIOException e) {
      return cannotWrite(err, e.getCause());
    }
  }

  /** Renders the one document of {@code path} to {@code --output} or standard output. */
  private int renderOne(Inputs inputs, Renderer renderer, PrintWriter err) throws IOException {
    try (Output out = output == null ? Output.of(spec.commandLine().getOut()) : Output.of(output)) {
      Batch batch =
          new Batch(
              err,
              Progress.none(err),
              (document, file, source) -> {
                renderer.render(document, out.writer());
                return true;
              });
      inputs.forEachResult(path, batchOptions.batch(Validator.standard()), batch);
      int status = batch.status(inputs);
      if (status == ExitStatus.OK) {
        out.commit();
      }
      return status;
    }
  }

  /** Renders each document of {@code path} to a file of its own in the {@code --output} directory. */
  private int renderEach(Inputs inputs, Renderer renderer, PrintWriter err) throws IOException {
    if (output == null) {
      err.println(
          "jobdesc: " + path + " may hold many documents, each rendered to a file of its own:"
              + " give --output DIR");
      return ExitStatus.USAGE;
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      err.println(
          "jobdesc: --output " + output + " is a file, but " + path + " may hold many documents,"
              + " each rendered to a file of its own: give a directory");
      return ExitStatus.USAGE;
    }
    Files.createDirectories(output);
    OutputNames names = new OutputNames(format.getFileExtension());
    Progress progress = batchOptions.progress("render", List.of(path), err);
    Batch batch =
        new Batch(
            err,
            progress,
            (document, file, source) -> {
              String name = names.of(document, file, source);
              if (!names.claim(name)) {
                progress.println(
                    "jobdesc: " + source + ": not rendered: an earlier document was rendered to "
                        + name);
                return false;
              }
              try (Output out = Output.of(output.resolve(name))) {
                renderer.render(document, out.writer());
                out.commit();
              }
              return true;
            });
    try (progress) {
      inputs.forEachResult(
          path,
          batchOptions.batch(Validator.standard()),
          result -> {
            batch.accept(result);
            progress.step();
          });
    }
    return batch.status(inputs);
  }

  private int cannotWrite(PrintWriter err, IOException e) {
    err.println("jobdesc: cannot write " + output + ": " + IoErrors.reason(e));
    return ExitStatus.USAGE;
  }

  /** Where a valid document goes. */
  @FunctionalInterface
  private interface Destination {
    /**
     * Writes {@code document}, read from {@code file} as {@code source}; false when it reported
     * why it did not.
     */
    boolean write(JobDocument document, String file, String source) throws IOException;
  }

  /**
   * One run over the documents of {@code PATH}: each is checked as it is read, a valid one goes
   * to its destination, an invalid one has its findings reported. Only counts are kept.
   */
  private final class Batch implements Consumer<BatchResult> {
    private final PrintWriter err;
    private final Progress messages;
    private final Destination destination;
    private long documents;
    private boolean allRendered = true;

    Batch(PrintWriter err, Progress messages, Destination destination) {
      this.err = err;
      this.messages = messages;
      this.destination = destination;
    }

    @Override
    public void accept(BatchResult result) {
      documents++;
      if (result.getReport().count(Severity.ERROR) > 0) {
        result.getFindings()
            .forEach(finding -> messages.println(TextReport.line(result.getFile(), finding)));
        allRendered = false;
        return;
      }
      try {
        allRendered &=
            destination.write(
                result.getDocument().orElseThrow(), result.getFile(), result.getSource());
      } catch (IOException e) {
        throw new UncheckedIOException(e); // caught in call(), as a failure to write the output
      }
    }

    /** The exit status of the run. */
    int status(Inputs inputs) {
      if (!inputs.allRead()) {
        return ExitStatus.USAGE;
      }
      if (documents == 0) {
        err.println("jobdesc: " + path + " holds no document");
        return ExitStatus.FINDINGS;
      }
      return allRendered ? ExitStatus.OK : ExitStatus.FINDINGS;
    }
  }
}
