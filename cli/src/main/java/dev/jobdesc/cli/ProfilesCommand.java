package dev.jobdesc.cli;

import dev.jobdesc.cli.internal.ExitStatus;
import dev.jobdesc.cli.internal.PlainText;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Profiles;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jobdesc profiles}: lists the profiles {@code validate --profile} can run, and their rules. */
@Command(
    name = "profiles",
    header = "Lists the profiles that validate can run, and their rules.",
    description = {
      "Each profile, built-in or added by a jar on the class path, with what it checks, then one"
          + " line per rule:",
      "  NAME  DESCRIPTION",
      "    SEVERITY  RULE-ID  SHORT DESCRIPTION",
      "SEVERITY is the rule's default. structure is always on.",
      ""
    },
    exitCodeList = {"0:listed", "2:usage error, or an internal error"})
final class ProfilesCommand implements Callable<Integer> {
  /** Spaces between columns. */
  private static final String GAP = "  ";

  /** Rules sit under their profile. */
  private static final String INDENT = "  ";

  /** The widest severity, WARNING. */
  private static final int SEVERITY_WIDTH =
      Arrays.stream(Severity.values()).mapToInt(s -> s.name().length()).max().orElse(0);

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    List<Profile> profiles = Profiles.standard().all();
    int nameWidth = profiles.stream().mapToInt(p -> p.getName().length()).max().orElse(0);
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < profiles.size(); i++) {
      Profile profile = profiles.get(i);
      if (i > 0) {
        out.println();
      }
      out.println(line(PlainText.pad(profile.getName(), nameWidth), profile.getDescription()));
      int idWidth = profile.getRules().stream().mapToInt(r -> r.getId().length()).max().orElse(0);
      for (Rule rule : profile.getRules()) {
        String severity = PlainText.pad(rule.getSeverity().name(), SEVERITY_WIDTH);
        String id = PlainText.pad(rule.getId(), idWidth);
        out.println(INDENT + line(severity + GAP + id, PlainText.firstSentence(rule.getDescription())));
      }
    }
    return ExitStatus.OK;
  }

  /** {@code left  right}, as one line: a jar's descriptions may hold anything. */
  private static String line(String left, String right) {
    return PlainText.withoutControls(left + GAP + right);
  }
}
