package dev.jobdesc.testkit;

import java.util.stream.Collectors;

/**
 * The characters no plain-text rendering may hold, since a document could use them to drive the
 * terminal or mail client showing it: controls but line feed, bidi overrides and isolates, lone
 * surrogates.
 *
 * @since 0.1
 */
public final class UnsafeCharacters {
  private UnsafeCharacters() {}

  /**
   * {@return the unsafe characters of {@code text} as {@code U+XXXX} codes, empty when there are none}
   *
   * @param text the text checked
   */
  public static String in(String text) {
    return text.codePoints()
        .filter(UnsafeCharacters::isUnsafe)
        .mapToObj(c -> String.format("U+%04X", c))
        .collect(Collectors.joining(" "));
  }

  private static boolean isUnsafe(int c) {
    return (Character.getType(c) == Character.CONTROL && c != '\n')
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || (c >= 0xD800 && c <= 0xDFFF); // a lone surrogate: codePoints() gives pairs as one
  }
}
