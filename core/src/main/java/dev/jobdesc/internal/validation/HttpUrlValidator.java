package dev.jobdesc.internal.validation;

import dev.jobdesc.validation.constraints.HttpUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;

/** Checks {@link HttpUrl}. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isHttpUrl(value);
  }

  /** Whether {@code value} is an absolute http(s) URL with a host. */
  public static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
