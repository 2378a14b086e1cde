package dev.jobdesc.cli;

import dev.jobdesc.cli.internal.ExitStatus;
import dev.jobdesc.cli.internal.KindName;
import dev.jobdesc.io.JsonSchemas;
import dev.jobdesc.model.DocumentKind;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobdesc schema}: prints the JSON Schema of format version 1. */
@Command(
    name = "schema",
    header = "Prints the JSON Schema (draft 2020-12) of format version 1.",
    description = {
      "So that any platform can check documents: keys, types, required keys, enum values,"
          + " patterns, lengths and ranges. Rules that compare values (pay minimum <= maximum,"
          + " dates and experience tiers in order, a currency's fraction digits) are validate's"
          + " alone.",
      "Without --kind, the schema takes either kind and chooses by the kind key.",
      ""
    },
    exitCodeList = {"0:printed", "2:usage error, or an internal error"})
final class SchemaCommand implements Callable<Integer> {
  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = KindName.class,
      description = "Only the schema of one kind: job-description or role.")
  private DocumentKind kind;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    // The file ends in a newline already: print, not println.
    spec.commandLine().getOut().print(kind == null ? JsonSchemas.schema() : JsonSchemas.schema(kind));
    spec.commandLine().getOut().flush();
    return ExitStatus.OK;
  }
}
