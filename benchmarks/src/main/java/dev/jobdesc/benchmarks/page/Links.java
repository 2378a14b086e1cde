package dev.jobdesc.benchmarks.page;

import java.util.Locale;

/**
 * The renderer's rule for which fact links become {@code <a href>}: absolute http(s) URLs with a
 * host and mailto: addresses, without whitespace or controls. The baselines apply it as the
 * renderer does, so that they do the same work and give the same page.
 */
final class Links {
  private Links() {}

  static boolean isAllowed(String href) {
    String lower = href.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mailto:")) {
      return lower.length() > "mailto:".length() && noWhitespaceOrControl(href);
    }
    return (lower.startsWith("https://") || lower.startsWith("http://"))
        && lower.length() > lower.indexOf("//") + 2
        && noWhitespaceOrControl(href);
  }

  private static boolean noWhitespaceOrControl(String href) {
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c <= 0x20 || (c >= 0x7F && c <= 0x9F)) {
        return false;
      }
    }
    return true;
  }
}
