/**
 * Runnable examples of the jobdesc API. The sample documents they use are in the repository's
 * {@code samples/documents}, and on the class path through {@code dev.jobdesc.testkit.Samples}.
 *
 * @since 0.1
 */
package dev.jobdesc.samples;
