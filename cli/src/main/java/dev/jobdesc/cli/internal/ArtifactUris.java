package dev.jobdesc.cli.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The URIs by which a SARIF report names the files of a batch: a file named by a relative path,
 * or lying under the working directory, is a relative URI from there with forward slashes
 * ({@code samples/documents/a%20b.yaml}), which is what code scanning resolves against the
 * checkout; any other file is an absolute {@code file:} URI. Standard input has none.
 *
 * @since 0.1
 */
public final class ArtifactUris {
  private final Path base;
  private String lastFile;
  private Optional<String> lastUri = Optional.empty();

  /** URIs relative to {@code base}, normally the working directory. */
  public ArtifactUris(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  /** The URI of {@code file}, as {@link Inputs} names it; empty for standard input. */
  public Optional<String> of(String file) {
    // Findings come file by file: one conversion per file, not per finding.
    if (!file.equals(lastFile)) {
      lastFile = file;
      lastUri = convert(file);
    }
    return lastUri;
  }

  private Optional<String> convert(String file) {
    if (file.equals(Inputs.STDIN_NAME)) {
      return Optional.empty();
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      return Optional.empty(); // Inputs never hands such a file on
    }
    Path absolute = base.resolve(path).normalize();
    if (path.isAbsolute() && !absolute.startsWith(base)) {
      return Optional.of(absolute.toUri().toASCIIString());
    }
    return Optional.of(relative(base.relativize(absolute)));
  }

  /** The segments of {@code path}, each percent-encoded, joined by slashes. */
  private static String relative(Path path) {
    StringBuilder uri = new StringBuilder();
    for (Path segment : path) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      encode(segment.toString(), uri);
    }
    return uri.toString();
  }

  /**
   * Appends {@code segment} with every byte of its UTF-8 form percent-encoded except RFC 3986's
   * unreserved characters and the sub-delimiters and {@code @} a segment may hold. A colon is
   * encoded too: in a first segment it would read as a scheme.
   */
  private static void encode(String segment, StringBuilder uri) {
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isAlphanumeric(c) || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
        uri.append((char) c);
      } else {
        uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
  }

  private static boolean isAlphanumeric(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
