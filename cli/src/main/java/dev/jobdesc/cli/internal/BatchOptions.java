package dev.jobdesc.cli.internal;

import dev.jobdesc.batch.BatchValidator;
import dev.jobdesc.validation.Validator;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalLong;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of a command over a batch of documents ({@code validate}, {@code render}):
 * {@code --threads N} and {@code --progress}/{@code --no-progress}; a picocli mixin.
 *
 * @since 0.1
 */
public final class BatchOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar on standard error: documents done, rate and the time"
          + " left. Default: when standard error is a terminal.")
  private Boolean progress;

  /** {@code --threads N}: checked here, so that a bad N is a usage error that says why. */
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Read and check documents on N threads; the report stays in input order."
          + " Default: the available processors.")
  void setThreads(int threads) {
    if (threads < 1) {
      throw new ParameterException(
          command.commandLine(), "--threads must be at least 1, not " + threads);
    }
    this.threads = threads;
  }

  /** The batch validator of {@code --threads}, running {@code validator}. */
  public BatchValidator batch(Validator validator) {
    return BatchValidator.builder().validator(validator).threads(threads).build();
  }

  /**
   * The progress bar named {@code task} over the documents of {@code paths}, or none: as
   * {@code --progress} says, else when standard error is a terminal.
   */
  public Progress progress(String task, List<String> paths, PrintWriter err) {
    if (!(progress == null ? StandardError.isTerminal() : progress)) {
      return Progress.none(err);
    }
    // Counting first costs one quick scan of each .jsonl file (which also brings it into the
    // page cache for the real read), and buys a bar that shows the time left.
    OptionalLong total = Inputs.estimateCount(paths);
    return Progress.bar(task, err, StandardError.width(), total);
  }
}
