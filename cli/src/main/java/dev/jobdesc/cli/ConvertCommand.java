package dev.jobdesc.cli;

import dev.jobdesc.cli.internal.ExitStatus;
import dev.jobdesc.cli.internal.Inputs;
import dev.jobdesc.cli.internal.IoErrors;
import dev.jobdesc.cli.internal.Output;
import dev.jobdesc.cli.internal.TextReport;
import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.model.JobDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jobdesc convert}: writes documents in the canonical form of another serialisation. */
@Command(
    name = "convert",
    header = "Writes documents in their canonical form, as YAML, JSON or JSON Lines.",
    description = {
      "The canonical form puts version and kind first and keys in the model's order, leaves"
          + " defaults out, and uses the string shorthand wherever it is lossless. Converting"
          + " the output again gives the same bytes.",
      "",
      "--to yaml and --to json write one document, so PATH must hold exactly one; --to jsonl"
          + " writes one line per document, so PATH may be a .jsonl file or a directory of"
          + " documents. A document that cannot be read is reported on standard error, and"
          + " --output is then left as it was.",
      ""
    },
    exitCodeList = {
      "0:converted",
      "1:a document could not be read (its problems are on standard error)",
      "2:usage error, several documents for --to yaml|json, a path that cannot be read or"
          + " written, or an internal error"
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand private JobdescCommand jobdesc;

  @Spec private CommandSpec spec;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "yaml|json|jsonl",
      description = "The serialisation to write.")
  private Format to;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "The file to write, replaced only when every document converts."
          + " Default: standard output.")
  private Path output;

  @Parameters(
      paramLabel = "PATH",
      description = "A file (.yaml, .yml, .json, .jsonl), a directory, or - for standard input.")
  private String path;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Inputs inputs = new Inputs(DocumentReader.standard(), jobdesc.stdin(), err);
    try (Output out = output == null ? Output.of(spec.commandLine().getOut()) : Output.of(output)) {
      Conversion conversion = new Conversion(out.writer(), err);
      inputs.forEachDocument(path, conversion);
      int status = inputs.allRead() ? conversion.finish() : ExitStatus.USAGE;
      if (status == ExitStatus.OK) {
        out.commit();
      }
      return status;
    } catch (IOException e) {
      return cannotWrite(err, e);
    } catch (UncheckedIOException e) {
      return cannotWrite(err, e.getCause());
    }
  }

  private int cannotWrite(PrintWriter err, IOException e) {
    err.println("jobdesc: cannot write " + output + ": " + IoErrors.reason(e));
    return ExitStatus.USAGE;
  }

  /**
   * One conversion: JSON Lines is written as each document is read, so that a file of any size
   * converts in the same memory; YAML and JSON keep their one document until the input is known
   * to hold no other.
   */
  private final class Conversion implements BiConsumer<String, ReadResult> {
    private final Writer writer;
    private final PrintWriter err;
    private long documents;
    private JobDocument onlyDocument;
    private boolean failed;

    Conversion(Writer writer, PrintWriter err) {
      this.writer = writer;
      this.err = err;
    }

    @Override
    public void accept(String file, ReadResult read) {
      documents++;
      if (!read.isSuccess()) {
        read.getProblems().forEach(problem -> err.println(TextReport.line(file, problem)));
        failed = true;
      } else if (to == Format.JSONL) {
        write(read.orElseThrow());
      } else if (documents == 1) {
        onlyDocument = read.orElseThrow();
      }
    }

    /** Writes a YAML or JSON document, once the whole input is read; the exit status. */
    int finish() {
      if (to != Format.JSONL && documents > 1) {
        err.println(
            "jobdesc: "
                + path
                + " holds "
                + documents
                + " documents, and --to "
                + to.name().toLowerCase(Locale.ROOT)
                + " writes one: convert it --to jsonl, or one document at a time");
        return ExitStatus.USAGE;
      }
      if (failed) {
        return ExitStatus.FINDINGS;
      }
      if (documents == 0) {
        err.println("jobdesc: " + path + " holds no document");
        return ExitStatus.FINDINGS;
      }
      if (to != Format.JSONL) {
        write(onlyDocument);
      }
      return ExitStatus.OK;
    }

    private void write(JobDocument document) {
      try {
        writer.write(DocumentWriter.standard().write(document, to));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // caught in call(), as a failure to write the output
      }
    }
  }
}
