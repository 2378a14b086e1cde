package dev.jobdesc.internal.validation;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;

/**
 * The {@code structure} profile: the model's Bean Validation constraints, run by one Hibernate
 * Validator built on first use, with {@link BundleInterpolator}'s parameter-only messages.
 */
public final class StructureProfile implements Profile {
  /** The profile's name. */
  public static final String NAME = "structure";

  private static final String BUNDLE = "dev.jobdesc.internal.validation.Messages";
  private static final Pattern RULE_TEMPLATE = Pattern.compile("\\{(structure\\.[a-z.-]+)}");
  private static final Map<String, String> BUILT_IN_RULES =
      Map.of(
          "NotBlank", "structure.required",
          "NotNull", "structure.required",
          "NotEmpty", "structure.required",
          "Size", "structure.length",
          "Pattern", "structure.pattern",
          "Positive", "structure.range",
          "DecimalMin", "structure.range",
          "DecimalMax", "structure.range",
          "Email", "structure.email",
          "UniqueElements", "structure.unique");

  /**
   * An embedded role's language is the job's (the model aligns them, no file holds it): a finding
   * on it would repeat the one at {@code /language}, at a path the document does not have.
   */
  private static final String ROLE_LANGUAGE = "/role/language";

  private final jakarta.validation.Validator validator;

  private StructureProfile() {
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .locales(Locale.ENGLISH)
            .defaultLocale(Locale.ENGLISH)
            .messageInterpolator(new BundleInterpolator(BUNDLE))
            .buildValidatorFactory();
    // The factory lives as long as the class: validators are thread-safe and reused.
    this.validator = factory.getValidator();
  }

  /** The profile, built on first use (Hibernate Validator's bootstrap costs hundreds of ms). */
  public static StructureProfile instance() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final StructureProfile INSTANCE = new StructureProfile();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public List<Finding> check(JobDocument document) {
    return validator.validate(document).stream()
        .map(StructureProfile::toFinding)
        .filter(f -> !(document instanceof JobDescription && f.getPath().equals(ROLE_LANGUAGE)))
        .toList();
  }

  private static Finding toFinding(ConstraintViolation<JobDocument> violation) {
    String ruleId = ruleId(violation);
    String pointer = pointer(violation.getPropertyPath());
    String message = violation.getMessage();
    if (!RULE_TEMPLATE.matcher(violation.getMessageTemplate()).matches()
        || !Character.isUpperCase(message.charAt(0))) {
      message = "'" + lastName(violation.getPropertyPath()) + "' " + message + ".";
    }
    Object invalid = violation.getInvalidValue();
    return Finding.builder()
        .ruleId(ruleId)
        .severity(Severity.ERROR)
        .path(pointer)
        .message(message)
        .actual(invalid instanceof CharSequence || invalid instanceof Number ? invalid.toString() : null)
        .build();
  }

  private static String ruleId(ConstraintViolation<?> violation) {
    Matcher template = RULE_TEMPLATE.matcher(violation.getMessageTemplate());
    if (template.matches()) {
      return template.group(1);
    }
    String annotation =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return BUILT_IN_RULES.getOrDefault(annotation, "structure." + annotation.toLowerCase(Locale.ROOT));
  }

  /**
   * The JSON Pointer of a Bean Validation path. An element's index sits on the node after the
   * list's, so {@code responsibilities[3].text} is the nodes {@code responsibilities} and
   * {@code text (index 3)}, and becomes {@code /responsibilities/3/text}.
   */
  static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        pointer.append('/').append(escape(node.getKey().toString()));
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        pointer.append('/').append(escape(node.getName()));
      }
    }
    return pointer.toString();
  }

  private static String lastName(Path path) {
    String name = "document";
    for (Path.Node node : path) {
      if (node.getName() != null && !node.getName().startsWith("<")) {
        name = node.getName();
      }
    }
    return name;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
