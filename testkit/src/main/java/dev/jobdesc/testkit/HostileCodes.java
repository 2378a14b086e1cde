package dev.jobdesc.testkit;

import java.util.List;
import java.util.Optional;

/**
 * {@link Codes} made hostile where the model leaves their syntax free or only partly fixed. URLs
 * stay absolute {@code http}/{@code https} URLs with a host, as the validator requires, but carry
 * every character a URL may hold that means something to HTML, Markdown or a link parser: quotes,
 * parentheses, asterisks, ampersands, escaped markup, {@code javascript:} in the path, a bidi
 * override, a lone surrogate, 10,000 characters. E-mail addresses stay valid per Jakarta
 * {@code @Email}, with markup in quoted local parts. Postal codes, scheme versions and the codes of
 * schemes without a checked format are hostile text. Ids, country and region codes and dates keep
 * their fixed syntax: no valid document can make them hostile.
 */
final class HostileCodes extends Codes {
  private static final List<String> URLS =
      List.of(
          "https://x.example/?q=%3Cscript%3Ealert(1)%3C/script%3E&a='x'",
          "https://x.example/?a='onmouseover='alert(1)",
          "https://x.example/javascript:alert(1)",
          "https://x.example/?next=javascript:alert(1)",
          "https://x.example/a)b(c",
          "https://x.example/*injected*_injected_~~injected~~",
          "https://x.example/?q=\u202Eevil",
          "https://x.example/?q=\uD800",
          "https://x.example/&lt;b&gt;&amp;",
          "https://user:pa$$@x.example/",
          "https://x.example/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
          "https://x.example/?q=!$&'()*+,;=:@",
          "HTTPS://X.EXAMPLE/",
          "http://x.example:8443/%2e%2e/%2e%2e/",
          "https://x.example/'-alert(1)-'");

  /** Characters that a URL may hold unescaped and that mean something in HTML or Markdown. */
  private static final String URL_FILLER = "*injected*_'()&;";

  private static final List<String> EMAILS =
      List.of(
          "\"<script>alert(1)</script>\"@x.example",
          "\"\\\"><img src=x onerror=alert(1)>\"@x.example",
          "\"[injected](https://x.invalid/)\"@x.example",
          "\"javascript:alert(1)\"@x.example",
          "\"\u202E\"@x.example",
          "hr*injected*@x.example",
          "_injected_@x.example",
          "`injected`@x.example",
          "a+b=c?d^e{f}|g~h!#$%&'*/@x.example",
          "o'brien@x.example",
          "jöbs@x.example",
          "x@[127.0.0.1]");

  private final Chance chance;
  private final Text text;

  /** Hostile codes drawn from {@code chance}, with free text from {@code text}. */
  HostileCodes(Chance chance, Text text) {
    super(chance);
    this.chance = chance;
    this.text = text;
  }

  @Override
  String url() {
    return chance.oneIn(20) ? longUrl() : chance.pick(URLS);
  }

  @Override
  String email() {
    return chance.pick(EMAILS);
  }

  @Override
  String postalCode() {
    return text.phrase(2, ValueGenerator.STRING_MAX);
  }

  @Override
  Optional<String> occupationVersion() {
    return chance.maybe(() -> text.phrase(2, ValueGenerator.STRING_MAX));
  }

  @Override
  String otherScheme() {
    return text.phrase(3, ValueGenerator.STRING_MAX);
  }

  @Override
  String otherSchemeCode() {
    return text.phrase(2, ValueGenerator.STRING_MAX);
  }

  /** A URL of exactly the 10,000-character string limit. */
  private String longUrl() {
    StringBuilder url = new StringBuilder("https://x.example/?q=");
    while (url.length() < ValueGenerator.STRING_MAX) {
      url.append(URL_FILLER);
    }
    return url.substring(0, ValueGenerator.STRING_MAX);
  }
}
