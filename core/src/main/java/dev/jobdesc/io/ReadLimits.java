package dev.jobdesc.io;

/**
 * The limits a reader enforces on untrusted input. Beyond one, reading fails with a finding that
 * names the limit, never with an {@code OutOfMemoryError} or a stack overflow.
 *
 * @param maxDocumentBytes the largest document, in bytes (default 1 MiB; for JSON Lines, per line)
 * @param maxStringLength the longest string, in characters (default 10,000)
 * @param maxListSize the longest list (default 500)
 * @param maxDepth the deepest nesting of mappings and lists (default 16; the format needs 6)
 * @since 0.1
 */
public record ReadLimits(int maxDocumentBytes, int maxStringLength, int maxListSize, int maxDepth) {

  /** The defaults of model.md. */
  public static final ReadLimits DEFAULTS = new ReadLimits(1 << 20, 10_000, 500, 16);

  /**
   * Checks that every limit is positive.
   *
   * @param maxDocumentBytes the largest document, in bytes
   * @param maxStringLength the longest text value, in characters
   * @param maxListSize the most items in one list
   * @param maxDepth the deepest nesting of objects and lists
   */
  public ReadLimits {
    if (maxDocumentBytes <= 0 || maxStringLength <= 0 || maxListSize <= 0 || maxDepth <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
