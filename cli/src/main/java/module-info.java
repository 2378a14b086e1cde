/**
 * The {@code jobdesc} command line, {@link dev.jobdesc.cli.JobdescCommand}. It renders with
 * whatever renderer modules provide {@link dev.jobdesc.render.RendererProvider}, so it requires
 * none of them: on the module path, service binding resolves the ones present.
 *
 * @since 0.1
 */
module dev.jobdesc.cli {
  exports dev.jobdesc.cli;

  requires dev.jobdesc.core;
  // The SARIF and JSON reports are streamed with Jackson's generator.
  requires com.fasterxml.jackson.core;
  requires info.picocli;
  // The progress bar on standard error, and the terminal check that decides whether it is shown.
  requires me.tongfei.progressbar;
  requires org.jline.terminal;
  // Quietens Hibernate Validator's start-up line (it logs through JBoss Logging to JUL).
  requires java.logging;

  // picocli reads the commands' annotated fields and sets them, and makes the converters and the
  // version provider that the annotations name.
  opens dev.jobdesc.cli to info.picocli;
  opens dev.jobdesc.cli.internal to info.picocli;
}
