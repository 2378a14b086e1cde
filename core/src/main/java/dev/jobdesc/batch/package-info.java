/**
 * Validating many documents at once: {@link dev.jobdesc.batch.BatchValidator} reads and validates
 * a stream of documents, a JSON Lines stream, or files and directories on worker threads, and
 * hands back each {@link dev.jobdesc.batch.BatchResult} in input order, with memory bounded by a
 * window of documents in flight however many there are.
 *
 * @since 0.1
 */
package dev.jobdesc.batch;
