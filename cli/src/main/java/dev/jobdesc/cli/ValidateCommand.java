package dev.jobdesc.cli;

import dev.jobdesc.cli.internal.CheckedDocument;
import dev.jobdesc.cli.internal.BatchOptions;
import dev.jobdesc.cli.internal.ExitStatus;
import dev.jobdesc.cli.internal.Inputs;
import dev.jobdesc.cli.internal.IsoDate;
import dev.jobdesc.cli.internal.Progress;
import dev.jobdesc.cli.internal.ProfileName;
import dev.jobdesc.cli.internal.Report;
import dev.jobdesc.cli.internal.ReportFormat;
import dev.jobdesc.cli.internal.Tally;
import dev.jobdesc.batch.BatchValidator;
import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Validator;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jobdesc validate}: checks documents and reports every finding, as they are read. */
@Command(
    name = "validate",
    header = "Checks documents and reports every finding.",
    description = {
      "PATH is a file (.yaml, .yml, .json, .jsonl), a directory (searched recursively for those"
          + " in name order, skipping hidden entries such as .git), or - for one YAML or JSON"
          + " document on standard input. A document that cannot be read is reported as its"
          + " 'syntax' findings and the rest goes on; a path that cannot be read is reported on"
          + " standard error.",
      "",
      "The text report prints one line per finding,",
      "  FILE:LINE:COL: SEVERITY RULE-ID MESSAGE [JSON-POINTER]",
      "(0:0 when the position is unknown; in .jsonl, LINE counts from the top of the file;"
          + " [] is the whole document), then",
      "  N documents, E errors, W warnings, I infos",
      "The JSON report prints one object, {\"documents\":[{\"source\", \"id\", \"kind\","
          + " \"findings\":[...]}], \"summary\":{...}}, where the source of a .jsonl document"
          + " is FILE:LINE.",
      "The SARIF report prints one SARIF 2.1.0 log, for GitHub code scanning and other CI"
          + " viewers: every rule run, then one result per finding, located by file (relative to"
          + " the working directory), line and column.",
      "",
      "Files, directories and .jsonl are read and checked on --threads threads, a bounded"
          + " number of documents ahead, so memory stays flat however many there are; the report"
          + " keeps the input order and is printed as it goes (the text report line by line; the"
          + " JSON and SARIF reports too, closed at the end).",
      "",
      "'jobdesc profiles' lists the profiles and their rules.",
      ""
    },
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:at least one finding at or above --fail-on",
      "2:usage error, a path that cannot be read, or an internal error"
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand private JobdescCommand jobdesc;

  @Spec private CommandSpec spec;

  @Option(
      names = "--profile",
      split = ",",
      paramLabel = "NAME",
      converter = ProfileName.class,
      description = "A profile to check besides structure, which is always on; repeat it or give"
          + " a comma list. 'jobdesc profiles' lists them.")
  private List<String> profiles = List.of();

  @Option(
      names = "--report",
      paramLabel = "text|json|sarif",
      defaultValue = "text",
      description = "The report format. Default: text.")
  private ReportFormat reportFormat;

  @Option(
      names = "--fail-on",
      paramLabel = "error|warning|info",
      defaultValue = "error",
      description = "The least severity that fails the run (exit status 1). Default: error.")
  private Severity failOn;

  @Option(
      names = "--now",
      paramLabel = "YYYY-MM-DD",
      converter = IsoDate.class,
      description = "The date that expiry and deadline rules compare with (the start of that day,"
          + " UTC). Default: the system clock.")
  private LocalDate now;

  @Mixin private BatchOptions batchOptions;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or -.")
  private List<String> paths;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Inputs inputs = new Inputs(DocumentReader.standard(), jobdesc.stdin(), err);
    Validator validator = validator();
    BatchValidator batch = batchOptions.batch(validator);
    Report report = reportFormat.open(spec.commandLine().getOut(), validator);
    Tally tally = new Tally();
    try (Progress progress = batchOptions.progress("validate", paths, err)) {
      for (String path : paths) {
        inputs.forEachResult(
            path,
            batch,
            result -> {
              CheckedDocument document = CheckedDocument.of(result);
              tally.add(document);
              report.add(document);
              progress.step();
            });
      }
    }
    report.finish(tally);
    if (!inputs.allRead()) {
      return ExitStatus.USAGE;
    }
    return tally.hasFindingsAtLeast(failOn) ? ExitStatus.FINDINGS : ExitStatus.OK;
  }

  /**
   * The validator of the profiles named (each checked by {@link ProfileName}; structure is on
   * whether named or not), comparing dates with {@code --now} when it is given.
   */
  private Validator validator() {
    Validator.Builder builder = Validator.builder().profiles(profiles.toArray(String[]::new));
    if (now != null) {
      builder.clock(Clock.fixed(now.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }
    return builder.build();
  }
}
