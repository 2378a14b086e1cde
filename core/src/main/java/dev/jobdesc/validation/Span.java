package dev.jobdesc.validation;

/**
 * Where in a text value a finding points: the UTF-16 offsets {@code start} (inclusive) and
 * {@code end} (exclusive), as {@link String#substring(int, int)} takes them.
 *
 * @param start the offset of the first character
 * @param end the offset after the last character
 * @since 0.1
 */
public record Span(int start, int end) {
  /**
   * Checks {@code 0 ≤ start ≤ end}.
   *
   * @param start the index of the first character, from 0
   * @param end the index after the last character
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a span: " + start + ".." + end);
    }
  }

  /** {@return the number of characters covered} */
  public int length() {
    return end - start;
  }
}
