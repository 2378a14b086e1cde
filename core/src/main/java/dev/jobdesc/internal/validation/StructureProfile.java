package dev.jobdesc.internal.validation;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Validator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;

/**
 * The {@code structure} profile: the model's Bean Validation constraints, run by one Hibernate
 * Validator built on first use, with {@link BundleInterpolator}'s parameter-only messages. Its
 * rules are declared ({@link #DESCRIPTION}): one Bean Validation pass finds them all.
 */
public final class StructureProfile {
  /** The profile's name. */
  public static final String NAME = "structure";

  private static final String CATEGORY = "structure";

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

  /** What the built-in constraints' rules check. */
  private static final Map<String, String> BUILT_IN_DESCRIPTIONS =
      Map.of(
          "structure.required", "A required value is present and not blank; a required list is not empty.",
          "structure.length", "A text or list is within its length limits.",
          "structure.pattern", "A value has the form model.md gives it (ids, codes).",
          "structure.range", "A number is within its range (amounts above 0, hours 1 to 80, years at least 0).",
          "structure.email", "An e-mail address has the form of one.",
          "structure.unique", "A list names each value once.");

  /**
   * The profile as {@link dev.jobdesc.validation.Validator} and reports see it: every rule id it
   * can report, and the reader's {@code syntax} and the validator's {@code internal-error}, which
   * are always on with it.
   */
  public static final Profile DESCRIPTION =
      Profile.of(
          NAME,
          "Everything model.md states: required keys, types, enums, ISO codes, patterns, lengths,"
              + " ranges and the cross-field rules. Always on.",
          declaredRules());

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

  /** Every constraint violation of {@code document}, as findings. */
  public List<Finding> check(JobDocument document) {
    return validator.validate(document).stream()
        .map(StructureProfile::toFinding)
        .filter(f -> !(document instanceof JobDescription && f.getPath().equals(ROLE_LANGUAGE)))
        .toList();
  }

  private static List<Rule> declaredRules() {
    List<Rule> rules = new ArrayList<>();
    rules.add(declared(Finding.SYNTAX, "The document can be read: well-formed YAML or JSON, known keys,"
        + " values of the right type, enum values spelt exactly, within the reader's limits."));
    rules.add(declared(Validator.INTERNAL_ERROR, "jobdesc itself failed on the document: a bug to report,"
        + " never a problem of the data."));
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    Set<String> ids = new LinkedHashSet<>(BUILT_IN_DESCRIPTIONS.keySet().stream().sorted().toList());
    bundle.keySet().stream().filter(k -> k.startsWith("structure.")).sorted().forEach(ids::add);
    for (String id : ids) {
      String description = BUILT_IN_DESCRIPTIONS.get(id);
      if (description == null) {
        String template = bundle.getString(id).replaceAll("\\{(\\w+)}", "<$1>");
        description = Character.isUpperCase(template.charAt(0)) ? template : "A value " + template + ".";
      }
      rules.add(declared(id, description));
    }
    return rules;
  }

  private static Rule declared(String id, String description) {
    return Rule.builder(id).severity(Severity.ERROR).category(CATEGORY).description(description).build();
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
