/**
 * The {@code jobdesc} command line: {@link dev.jobdesc.cli.JobdescCommand}, a thin shell over the
 * public API that validates, converts and renders documents.
 *
 * @since 0.1
 */
package dev.jobdesc.cli;
