package dev.jobdesc.cli;

import dev.jobdesc.cli.internal.ExitStatus;
import dev.jobdesc.cli.internal.ProjectVersion;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code jobdesc} command line: {@code validate}, {@code convert}, {@code render},
 * {@code formats} and {@code profiles}, a thin shell over {@link dev.jobdesc.io.DocumentReader},
 * {@link dev.jobdesc.io.DocumentWriter}, {@link dev.jobdesc.validation.Validator} with the profiles
 * of {@link dev.jobdesc.validation.Profiles#standard()}, and the renderers that
 * {@link dev.jobdesc.render.Renderers#discover()} finds on the class path. Run it as
 * {@code java -jar jobdesc.jar --help}, or embed it with {@link #run}.
 *
 * @since 0.1
 */
@Command(
    name = "jobdesc",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = ProjectVersion.class,
    description =
        "Validates, converts and renders job descriptions and roles (jobdesc format version 1).",
    subcommands = {
      ValidateCommand.class,
      ConvertCommand.class,
      RenderCommand.class,
      FormatsCommand.class,
      ProfilesCommand.class,
      SchemaCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on (validate); done (convert, render, formats, profiles, schema)",
      "1:a finding at or above --fail-on (validate); a document that cannot be read (convert)"
          + " or is not rendered (render)",
      "2:usage error, a path that cannot be read or written, or an internal error"
    })
public final class JobdescCommand implements Callable<Integer> {
  /**
   * Hibernate Validator announces itself at INFO on first use; that line is noise in a report.
   * Held in a field because java.util.logging keeps only weak references to its loggers, and a
   * collected logger would lose its level.
   */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private final InputStream stdin;

  @Spec private CommandSpec spec;

  private JobdescCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command line, e.g. {@code validate posting.yaml}
   */
  public static void main(String... args) {
    System.exit(run(System.in, System.out, System.err, args));
  }

  /**
   * Runs the command line on {@code args}, reading {@code -} from {@code in} and writing UTF-8 to
   * {@code out} and {@code err}; never exits the JVM.
   *
   * @param in what {@code -} reads
   * @param out where results go
   * @param err where errors go
   * @param args the command line
   * @return the exit status: 0 success, 1 findings (or a document that cannot be read or
   *     rendered), 2 usage error or a path that cannot be read or written
   */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
    PrintWriter outWriter = utf8(out, false);
    PrintWriter errWriter = utf8(err, true);
    try {
      return new CommandLine(new JobdescCommand(in))
          .setOut(outWriter)
          .setErr(errWriter)
          .setCaseInsensitiveEnumValuesAllowed(true)
          .setParameterExceptionHandler(JobdescCommand::usageError)
          .setExecutionExceptionHandler(JobdescCommand::internalError)
          .execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** Without a command there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "missing command: validate, convert, render, formats or profiles");
  }

  /** Standard input, for a {@code -} path. */
  InputStream stdin() {
    return stdin;
  }

  private static PrintWriter utf8(PrintStream stream, boolean autoFlush) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), autoFlush);
  }

  /** The message and a pointer to the help, rather than picocli's default of the whole help. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("jobdesc: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println(
        "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitStatus.USAGE;
  }

  /** Bad input never gets here (it is a finding); only a bug does, so say so without a trace. */
  private static int internalError(Exception e, CommandLine command, ParseResult parsed) {
    command.getErr().println("jobdesc: internal error: " + e + "; please report this bug");
    return ExitStatus.USAGE;
  }
}
