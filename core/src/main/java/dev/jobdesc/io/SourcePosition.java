package dev.jobdesc.io;

/**
 * A 1-based line and column in a source file.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 * @since 0.1
 */
public record SourcePosition(int line, int column) {}
