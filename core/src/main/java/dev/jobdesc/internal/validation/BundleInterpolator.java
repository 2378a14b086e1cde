package dev.jobdesc.internal.validation;

import jakarta.validation.MessageInterpolator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Interpolates messages from our own bundle with {@code {name}} parameters only: the constraint's
 * attributes and the parameters a validator adds. No Expression Language, so nothing in a
 * document's text can ever be evaluated, and no EL implementation is needed at run time. Values
 * are inserted once and never re-read as templates.
 */
final class BundleInterpolator implements MessageInterpolator {
  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9._-]*)}");

  private static final Pattern ESCAPED = Pattern.compile("\\\\([{}$\\\\])");

  private final ResourceBundle bundle;

  BundleInterpolator(String bundleName) {
    this.bundle = ResourceBundle.getBundle(bundleName, Locale.ROOT);
  }

  @Override
  public String interpolate(String template, Context context) {
    Map<String, Object> parameters = new HashMap<>(context.getConstraintDescriptor().getAttributes());
    if (context instanceof HibernateMessageInterpolatorContext hibernate) {
      // Hibernate escapes {, }, $ and \ in the values a validator adds; we substitute once and
      // never re-read the result, so they go back to what the document said.
      hibernate
          .getMessageParameters()
          .forEach((name, value) -> parameters.put(name, unescape(String.valueOf(value))));
    }
    String message = resolve(template);
    Matcher matcher = PARAMETER.matcher(message);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Object value = parameters.get(matcher.group(1));
      String replacement = value == null ? matcher.group() : String.valueOf(value);
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    return interpolate(template, context);
  }

  private static String unescape(String value) {
    return ESCAPED.matcher(value).replaceAll("$1");
  }

  /** The bundle's text for a template that is one {@code {key}}, else the template itself. */
  private String resolve(String template) {
    Matcher key = PARAMETER.matcher(template);
    if (key.matches() && bundle.containsKey(key.group(1))) {
      return bundle.getString(key.group(1));
    }
    return template;
  }
}
