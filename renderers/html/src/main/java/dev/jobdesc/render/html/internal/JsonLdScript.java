package dev.jobdesc.render.html.internal;

/**
 * JSON made safe as the content of a {@code <script type="application/ld+json">} element. The
 * HTML parser ends a script at {@code </script} and treats {@code <!--} specially whatever the
 * type, and the page may not hold forbidden code points even there. In valid JSON every such
 * character sits inside a string, where {@code \}{@code uXXXX} stands for it exactly: so writing
 * {@code <}, {@code >}, {@code &} and every forbidden code point that way leaves the data as it
 * was and leaves no {@code <} at all in the element. (The jsonld renderer already escapes
 * {@code <>&}; this holds for any renderer supplied.) The OWASP encoder has no encoder for a
 * whole JSON document, only for values inside one.
 */
final class JsonLdScript {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonLdScript() {}

  /** {@code json} with {@code <}, {@code >}, {@code &} and forbidden code points as escapes. */
  static String scriptData(String json) {
    StringBuilder data = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); ) {
      int codePoint = json.codePointAt(i);
      if (codePoint == '<' || codePoint == '>' || codePoint == '&' || HtmlText.isForbidden(codePoint)) {
        for (char c : Character.toChars(codePoint)) {
          data.append("\\u")
              .append(HEX[c >> 12 & 0xF])
              .append(HEX[c >> 8 & 0xF])
              .append(HEX[c >> 4 & 0xF])
              .append(HEX[c & 0xF]);
        }
      } else {
        data.appendCodePoint(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return data.toString();
  }
}
