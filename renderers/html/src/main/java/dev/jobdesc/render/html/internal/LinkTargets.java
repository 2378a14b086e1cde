package dev.jobdesc.render.html.internal;

import java.util.Locale;

/**
 * The link targets a page may carry: absolute {@code http} and {@code https} URLs and
 * {@code mailto:} addresses. The outline only offers such links; the writer checks again, so
 * that no part renderer, built-in or added, can emit a {@code javascript:} or {@code data:} link.
 */
final class LinkTargets {
  private LinkTargets() {}

  /** Whether {@code href} is an absolute http(s) URL with a host, or a mailto: address. */
  static boolean isAllowed(String href) {
    String lower = href.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mailto:")) {
      return lower.length() > "mailto:".length() && noWhitespaceOrControl(href);
    }
    return (lower.startsWith("https://") || lower.startsWith("http://"))
        && lower.length() > lower.indexOf("//") + 2
        && noWhitespaceOrControl(href);
  }

  /** Browsers strip such characters from URLs, which would make the scheme check meaningless. */
  private static boolean noWhitespaceOrControl(String href) {
    return href.codePoints().noneMatch(c -> c <= 0x20 || (c >= 0x7F && c <= 0x9F));
  }
}
