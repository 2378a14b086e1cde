/**
 * The command line's working parts: where documents come from, how they are checked, the
 * reports that print the findings, and where rendered documents go. Not an API: anything here may
 * change in any release.
 *
 * @since 0.1
 */
package dev.jobdesc.cli.internal;
