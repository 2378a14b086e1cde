/**
 * The machinery of {@link dev.jobdesc.batch}: a bounded ordered pipeline over worker threads, and
 * the walk of files and directories into units of work. Not exported.
 */
package dev.jobdesc.internal.batch;
