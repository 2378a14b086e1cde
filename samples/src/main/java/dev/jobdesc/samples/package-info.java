/**
 * Runnable examples of the jobdesc API, and the five sample documents (as class-path resources
 * under {@code dev/jobdesc/samples/documents/}).
 *
 * @since 0.1
 */
package dev.jobdesc.samples;
