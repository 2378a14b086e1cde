/**
 * Reading and writing documents of format version 1 in YAML, JSON and JSON Lines:
 * {@link dev.jobdesc.io.DocumentReader} and {@link dev.jobdesc.io.DocumentWriter}.
 *
 * @since 0.1
 */
package dev.jobdesc.io;
