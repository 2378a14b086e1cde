package dev.jobdesc.render.text;

import java.util.stream.Collectors;

/** The characters no text output may hold: controls but line feed, bidi overrides, lone surrogates. */
final class Unsafe {
  private Unsafe() {}

  /** The unsafe characters of {@code text} as {@code U+XXXX} codes, empty when there are none. */
  static String charactersIn(String text) {
    return text.codePoints()
        .filter(Unsafe::isUnsafe)
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
