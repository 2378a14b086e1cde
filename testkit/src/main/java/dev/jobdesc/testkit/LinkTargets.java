package dev.jobdesc.testkit;

import java.util.Locale;
import java.util.Optional;

/**
 * The link targets a renderer may write: absolute {@code http}, {@code https} and {@code mailto}
 * URLs, which renderers take only from URL and e-mail fields, and {@code #fragment}s within the
 * page. A target on a host under {@value HostileText#INJECTED_DOMAIN} is unsafe too: only the
 * payloads of hostile text point there, so such a link was made from text.
 */
final class LinkTargets {
  private LinkTargets() {}

  /**
   * Why {@code target} is not a link a renderer may write, as a predicate ("is not…", "points
   * to…"), or empty when it is one.
   */
  static Optional<String> problem(String target) {
    // Browsers drop blanks and controls around and inside a URL: "java\tscript:" runs as script.
    String url = target.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
    if (url.startsWith("#")) {
      return Optional.empty();
    }
    String host;
    if (url.startsWith("http://") || url.startsWith("https://")) {
      host = host(url.substring(url.indexOf("//") + 2));
    } else if (url.startsWith("mailto:")) {
      host = url.substring(url.lastIndexOf('@') + 1);
    } else {
      return Optional.of("is not an absolute http, https or mailto URL: " + target);
    }
    return host.equals(HostileText.INJECTED_DOMAIN.substring(1))
            || host.endsWith(HostileText.INJECTED_DOMAIN)
        ? Optional.of("points to a host under " + HostileText.INJECTED_DOMAIN
            + ", so it was made from text: " + target)
        : Optional.empty();
  }

  /** The host of {@code authorityAndRest}, the part of a URL after {@code //}. */
  private static String host(String authorityAndRest) {
    int end = 0;
    while (end < authorityAndRest.length() && "/?#".indexOf(authorityAndRest.charAt(end)) < 0) {
      end++;
    }
    String authority = authorityAndRest.substring(0, end);
    String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
    int port = hostAndPort.startsWith("[") ? -1 : hostAndPort.indexOf(':');
    String host = port < 0 ? hostAndPort : hostAndPort.substring(0, port);
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }
}
