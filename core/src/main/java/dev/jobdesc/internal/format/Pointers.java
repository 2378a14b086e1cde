package dev.jobdesc.internal.format;

/** JSON Pointer (RFC 6901) building. */
public final class Pointers {
  private Pointers() {}

  /** {@code parent} extended by the key or index {@code token}, escaped. */
  public static String child(String parent, String token) {
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code parent} extended by {@code index}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
