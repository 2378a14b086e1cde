package dev.jobdesc.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two kinds of document, with the name the {@code kind} key uses for each.
 *
 * @since 0.1
 */
public enum DocumentKind {
  /** An employer's description of an opening. */
  JOB_DESCRIPTION("job-description"),
  /** The occupation itself, independent of any employer. */
  ROLE("role");

  private final String key;

  DocumentKind(String key) {
    this.key = key;
  }

  /** {@return the value of the {@code kind} key, e.g. {@code job-description}} */
  public String key() {
    return key;
  }

  /**
   * {@return the kind whose {@code kind} key is {@code key}, matched exactly}
   *
   * @param key a {@code kind} value, e.g. {@code job-description}
   */
  public static Optional<DocumentKind> ofKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
