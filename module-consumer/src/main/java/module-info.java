/**
 * An application module using jobdesc as a user's would: it reads and validates with
 * {@code dev.jobdesc.core}, renders with the HTML renderer directly and with every renderer that
 * {@link java.util.ServiceLoader} finds, and runs the command line in-process.
 *
 * <p>Every renderer is required, not only the HTML one, so that each is a named module on the
 * module path (Maven puts there only what the descriptor reaches) and is found through its
 * {@code provides}, never through a {@code META-INF/services} file.
 */
module dev.jobdesc.consumer {
  requires dev.jobdesc.core;
  requires dev.jobdesc.renderer.html;
  requires dev.jobdesc.renderer.jsonld;
  requires dev.jobdesc.renderer.markdown;
  requires dev.jobdesc.renderer.text;
  requires dev.jobdesc.cli;

  exports dev.jobdesc.consumer;
}
