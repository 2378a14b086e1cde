package dev.jobdesc.cli;

import dev.jobdesc.cli.internal.ExitStatus;
import dev.jobdesc.cli.internal.PlainText;
import dev.jobdesc.render.RendererProvider;
import dev.jobdesc.render.Renderers;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jobdesc formats}: lists the formats {@code render} can write. */
@Command(
    name = "formats",
    header = "Lists the formats that render can write.",
    description = {
      "One line per renderer on the class path, sorted by format id:",
      "  ID  EXTENSION  DESCRIPTION",
      "A renderer jar put on the class path is listed, and rendered with, without any other"
          + " change. When there is none, standard error says so.",
      ""
    },
    exitCodeList = {"0:listed", "2:usage error, or an internal error"})
final class FormatsCommand implements Callable<Integer> {
  /** Spaces between columns. */
  private static final String GAP = "  ";

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    List<RendererProvider> providers = Renderers.discover();
    if (providers.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "jobdesc: no renderer is installed; put one on the class path, such as"
                  + " jobdesc-renderer-html");
      return ExitStatus.OK;
    }
    int idWidth = widest(providers, RendererProvider::getFormatId);
    int extensionWidth = widest(providers, RendererProvider::getFileExtension);
    PrintWriter out = spec.commandLine().getOut();
    for (RendererProvider provider : providers) {
      out.println(
          PlainText.pad(provider.getFormatId(), idWidth)
              + GAP
              + PlainText.pad(provider.getFileExtension(), extensionWidth)
              + GAP
              + provider.getDescription());
    }
    return ExitStatus.OK;
  }

  private static int widest(
      List<RendererProvider> providers, Function<RendererProvider, String> column) {
    return providers.stream().map(column).mapToInt(String::length).max().orElse(0);
  }
}
