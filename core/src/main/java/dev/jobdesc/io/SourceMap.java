package dev.jobdesc.io;

import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a document read from a file stands: JSON Pointer to line and column. A
 * pointer with no entry of its own (a value the model adds, such as a default) falls back to its
 * nearest ancestor.
 *
 * @since 0.1
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of(), 0);

  private final Map<String, SourcePosition> positions;
  private final int lineOffset;

  private SourceMap(Map<String, SourcePosition> positions, int lineOffset) {
    this.positions = positions;
    this.lineOffset = lineOffset;
  }

  /**
   * {@return a map of {@code positions}, which it keeps (callers hand it over, never change it after)}
   *
   * @param positions positions by JSON Pointer
   */
  public static SourceMap of(Map<String, SourcePosition> positions) {
    return new SourceMap(positions, 0);
  }

  /** {@return the map of a document not read from a file: every look-up is empty} */
  public static SourceMap empty() {
    return EMPTY;
  }

  /**
   * {@return the position of {@code pointer}, or of its nearest ancestor that has one}
   *
   * @param pointer a JSON Pointer into the document
   */
  public Optional<SourcePosition> find(String pointer) {
    String p = pointer;
    while (true) {
      SourcePosition found = positions.get(p);
      if (found != null) {
        return Optional.of(
            lineOffset == 0 ? found : new SourcePosition(found.line() + lineOffset, found.column()));
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /**
   * {@return this map with every line moved down by {@code lines}, for a document that starts later}
   *
   * @param lines how many lines to add to each
   */
  public SourceMap shiftedBy(int lines) {
    return new SourceMap(positions, lineOffset + lines);
  }
}
