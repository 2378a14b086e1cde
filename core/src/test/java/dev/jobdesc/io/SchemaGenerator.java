package dev.jobdesc.io;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import dev.jobdesc.internal.format.Mappers;
import dev.jobdesc.internal.validation.Codes;
import dev.jobdesc.internal.validation.OccupationCodeFormatValidator;
import dev.jobdesc.model.Application;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.DocumentKind;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.OccupationCode;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.Section;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import dev.jobdesc.validation.constraints.CountryCode;
import dev.jobdesc.validation.constraints.HttpUrl;
import dev.jobdesc.validation.constraints.PartialDate;
import dev.jobdesc.validation.constraints.RegionCode;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.Currency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hibernate.validator.constraints.UniqueElements;

/**
 * Generates the JSON Schema (draft 2020-12) of format version 1 from the model with victools
 * jsonschema-generator: key names and required keys from Jackson's view of the generated classes
 * (as the reader's shapes take them), order from {@code @JsonPropertyOrder}, lengths, ranges and
 * patterns from the Jakarta constraints, and what those cannot say (the envelope, the string
 * shorthand, the model's own constraints) through the generator's config API.
 *
 * <p>A test tool: the library serves the files this writes (see {@link JsonSchemas}).
 */
final class SchemaGenerator {
  static final String BASE_URI = "https://jobdesc.dev/schema/";
  static final String EITHER_FILE = "jobdesc-v1.schema.json";

  /** The suffix of the generator's definitions that also allow null. */
  private static final String NULLABLE = "-nullable";

  /** Any character but whitespace: a required text may not be blank (the reader trims it). */
  private static final String NOT_BLANK = "\\S";

  /** A calendar date YYYY-MM-DD, leap years included: what {@code LocalDate.parse} accepts. */
  static final String DATE =
      "(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)"
          + "|02-(?:0[1-9]|1\\d|2[0-8]))"
          + "|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)";

  /** The types a plain string stands for, and the key it fills (model.md, "Shorthand"). */
  private static final Map<Class<?>, String> SHORTHAND =
      Map.of(Responsibility.class, "text", Qualification.class, "text", Benefit.class, "name");

  private static final JsonMapper PRINTER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SchemaGenerator() {}

  /** The file name of the schema of one kind, e.g. {@code role-v1.schema.json}. */
  static String fileName(DocumentKind kind) {
    return kind.key() + "-v1.schema.json";
  }

  /** Every schema file, by file name, as its text (two-space indent, a final newline). */
  static Map<String, String> files() {
    Map<String, ObjectNode> byKind = new LinkedHashMap<>();
    for (DocumentKind kind : DocumentKind.values()) {
      byKind.put(fileName(kind), generate(kind));
    }
    Map<String, String> files = new LinkedHashMap<>();
    files.put(EITHER_FILE, print(either(byKind)));
    byKind.forEach((name, schema) -> files.put(name, print(schema)));
    return files;
  }

  private static String print(JsonNode schema) {
    try {
      return PRINTER.writeValueAsString(schema).replace("\r\n", "\n") + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The schema of one kind of document. */
  static ObjectNode generate(DocumentKind kind) {
    Class<?> root = kind == DocumentKind.ROLE ? Role.class : JobDescription.class;
    SchemaGeneratorConfigBuilder builder =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(
                // The model is abstract accessors without fields: each one Jackson reads is a key.
                Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, // getText() is the key text
                Option.DEFINITIONS_FOR_ALL_OBJECTS, // the shorthand refers to an object's text
                Option.FLATTENED_OPTIONALS,
                Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                Option.PLAIN_DEFINITION_KEYS);
    // The first answer of a resolver wins and the modules' come first: patterns are left to ours
    // (the Jakarta module gives none without INCLUDE_PATTERN_EXPRESSIONS), which anchor them.
    configureMembers(builder, kind);
    configureTypes(builder, root);
    builder
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
        .with(
            new JakartaValidationModule(
                JakartaValidationOption.NOT_NULLABLE_METHOD_IS_REQUIRED));
    ObjectNode generated =
        new com.github.victools.jsonschema.generator.SchemaGenerator(builder.build())
            .generateSchema(root);
    withoutNull(generated);
    withoutNullableAliases(generated);
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    schema.put("$schema", generated.get("$schema").asText());
    schema.put("$id", BASE_URI + fileName(kind));
    schema.put("title", "jobdesc format v1: " + kind.key());
    schema.put(
        "description",
        "A document of kind " + kind.key() + " (jobdesc format version 1), as read from JSON or"
            + " YAML. Rules across values (pay minimum ≤ maximum, dates and experience tiers in"
            + " order, fraction digits of a currency) are checked by jobdesc validate only.");
    generated.remove("$schema");
    schema.setAll(generated);
    return schema;
  }

  /**
   * Takes {@code null} out of every type: the generator lets an {@code Optional} be null, but a
   * value is absent or there (the writer never writes null) and the nullable check of the config
   * does not reach flattened optionals.
   */
  private static void withoutNull(JsonNode node) {
    if (node instanceof ArrayNode array) {
      array.forEach(SchemaGenerator::withoutNull);
      return;
    }
    if (!(node instanceof ObjectNode object)) {
      return;
    }
    JsonNode type = object.get("type");
    if (type instanceof ArrayNode types) {
      for (int i = types.size() - 1; i >= 0; i--) {
        if (types.get(i).asText().equals("null")) {
          types.remove(i);
        }
      }
      if (types.size() == 1) {
        object.set("type", types.get(0));
      }
    }
    JsonNode anyOf = object.get("anyOf");
    if (anyOf instanceof ArrayNode alternatives) {
      for (int i = alternatives.size() - 1; i >= 0; i--) {
        if (alternatives.get(i).path("type").asText().equals("null")
            && alternatives.get(i).size() == 1) {
          alternatives.remove(i);
        }
      }
      if (alternatives.size() == 1) { // anyOf [X] is X
        object.remove("anyOf");
        object.setAll((ObjectNode) alternatives.get(0));
      }
    }
    object.forEach(SchemaGenerator::withoutNull);
  }

  /** Drops the {@code X-nullable} definitions, now bare aliases of {@code X}, and their uses. */
  private static void withoutNullableAliases(ObjectNode schema) {
    JsonNode defs = schema.get("$defs");
    if (defs instanceof ObjectNode definitions) {
      List<String> aliases = new ArrayList<>();
      definitions.fieldNames().forEachRemaining(
          name -> {
            if (name.endsWith(NULLABLE)) {
              aliases.add(name);
            }
          });
      aliases.forEach(definitions::remove);
    }
    replaceRefs(schema);
  }

  private static void replaceRefs(JsonNode node) {
    if (node instanceof ObjectNode object
        && object.path("$ref").asText().endsWith(NULLABLE)) {
      String ref = object.get("$ref").asText();
      object.put("$ref", ref.substring(0, ref.length() - NULLABLE.length()));
    }
    node.forEach(SchemaGenerator::replaceRefs);
  }

  /** The schema that takes either kind, choosing by {@code kind}; the two are embedded. */
  private static ObjectNode either(Map<String, ObjectNode> byKind) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode schema = f.objectNode();
    schema.put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier());
    schema.put("$id", BASE_URI + EITHER_FILE);
    schema.put("title", "jobdesc format v1");
    schema.put(
        "description",
        "A jobdesc document of format version 1 of either kind: job-description or role.");
    schema.put("type", "object");
    schema.putArray("required").add("version").add("kind");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("version").put("const", 1);
    ArrayNode kinds = properties.putObject("kind").putArray("enum");
    for (DocumentKind kind : DocumentKind.values()) {
      kinds.add(kind.key());
    }
    // if/then rather than oneOf: a validator then reports the errors of the one kind meant.
    ObjectNode ifRole = schema.putObject("if");
    ifRole.putArray("required").add("kind");
    ifRole.putObject("properties").putObject("kind").put("const", DocumentKind.ROLE.key());
    schema.putObject("then").put("$ref", BASE_URI + fileName(DocumentKind.ROLE));
    schema.putObject("else").put("$ref", BASE_URI + fileName(DocumentKind.JOB_DESCRIPTION));
    ObjectNode defs = schema.putObject("$defs");
    byKind.forEach((name, kindSchema) -> defs.set(name.replace("-v1.schema.json", ""), kindSchema));
    return schema;
  }

  private static void configureMembers(SchemaGeneratorConfigBuilder builder, DocumentKind kind) {
    var methods = builder.forMethods();
    // Only the accessors of keys Jackson reads and writes; a role inside a job description takes
    // the job's language, so it has no language key.
    methods.withIgnoreCheck(
        method ->
            key(method) == null
                || (kind == DocumentKind.JOB_DESCRIPTION
                    && method.getDeclaringType().getErasedType() == Role.class
                    && key(method).getName().equals("language")));
    methods.withPropertyNameOverrideResolver(
        method -> key(method) == null ? null : key(method).getName());
    methods.withRequiredCheck(method -> key(method) != null && key(method).isRequired());
    // Absent, never null: the writer leaves an empty value out.
    methods.withNullableCheck(method -> false);
    methods.withStringPatternResolver(
        method -> {
          Pattern pattern = annotation(method, Pattern.class);
          if (pattern != null) { // Jakarta's patterns match whole values; JSON Schema's need anchors
            return "^(?:" + pattern.regexp() + ")$";
          }
          if (annotation(method, NotBlank.class) != null) {
            return NOT_BLANK;
          }
          if (annotation(method, CountryCode.class) != null) {
            return "^(?:" + alternatives(Codes.countries()) + ")$";
          }
          if (annotation(method, RegionCode.class) != null) {
            return regionPattern();
          }
          if (annotation(method, HttpUrl.class) != null) { // an absolute http(s) URL with a host
            return "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@]+(?:@[^\\s/?#@]+)?(?:[/?#]\\S*)?$";
          }
          if (annotation(method, PartialDate.class) != null) {
            return "^(?:\\d{4}-(?:0[1-9]|1[0-2])|" + DATE + ")$";
          }
          if (annotation(method, Email.class) != null) {
            return "^[^\\s@]+@[^\\s@]+$";
          }
          return null;
        });
    methods.withStringFormatResolver(
        method -> {
          return annotation(method, HttpUrl.class) != null ? "uri" : null;
        });
    // Hibernate's @Email is neither format email nor idn-email (validators that assert those
    // reject addresses at punycode domains that it takes): the pattern alone says what it needs.
    methods.withInstanceAttributeOverride(
        (node, method, context) -> {
          if (annotation(method, Email.class) != null) {
            node.remove("format");
          }
        });
    methods.withArrayUniqueItemsResolver(
        method ->
            !method.isFakeContainerItemScope()
                    && method.getAnnotationConsideringFieldAndGetter(UniqueElements.class) != null
                ? Boolean.TRUE
                : null);
  }

  /** The key an accessor of a model type stands for, as Jackson reads it; null for no key. */
  private static BeanPropertyDefinition key(MethodScope method) {
    if (method.getArgumentCount() != 0 || method.isStatic()) {
      return null;
    }
    String name = method.getDeclaredName();
    return keys(method.getDeclaringType().getErasedType()).values().stream()
        .filter(p -> p.hasGetter() && p.getGetter().getName().equals(name))
        .findFirst()
        .orElse(null);
  }

  private static void configureTypes(SchemaGeneratorConfigBuilder builder, Class<?> root) {
    var types = builder.forTypesInGeneral();
    types.withCustomDefinitionProvider(new Scalars());
    types.withCustomDefinitionProvider(new Shorthand());
    types.withTypeAttributeOverride(
        (node, scope, context) -> {
          Class<?> type = scope.getType().getErasedType();
          if (type == root && node.has("properties")) {
            addEnvelope(node, root == Role.class ? DocumentKind.ROLE : DocumentKind.JOB_DESCRIPTION);
          }
          Consumer<ObjectNode> rule = CLASS_RULES.get(type);
          if (rule != null && node.has("properties")) {
            rule.accept(node);
          }
        });
  }

  /** {@code version} and {@code kind} first, both required: the envelope the reader takes off. */
  private static void addEnvelope(ObjectNode node, DocumentKind kind) {
    ObjectNode properties = JsonNodeFactory.instance.objectNode();
    properties.putObject("version").put("const", 1);
    properties.putObject("kind").put("const", kind.key());
    properties.setAll((ObjectNode) node.get("properties"));
    node.set("properties", properties);
    ArrayNode required = JsonNodeFactory.instance.arrayNode().add("version").add("kind");
    if (node.has("required")) {
      required.addAll((ArrayNode) node.get("required"));
    }
    node.set("required", required);
  }

  /**
   * The model's class-level constraints that JSON Schema can state, keyed by the class they are
   * on; the others (order of tiers and dates, min ≤ max, currency digits) compare values.
   */
  private static final Map<Class<?>, Consumer<ObjectNode>> CLASS_RULES =
      Map.of(
          PayRange.class, node -> atLeastOne(node, "minimum", "maximum"),
          Application.class, node -> atLeastOne(node, "instructions", "url", "email"),
          Section.class, node -> atLeastOne(node, "paragraphs", "items"),
          Workplace.class, SchemaGenerator::arrangementRule,
          Qualification.class, SchemaGenerator::educationLevelRule,
          OccupationCode.class, SchemaGenerator::occupationCodeRule);

  /** {@code @PayBounds}, {@code @ApplicationRoute}, {@code @SectionContent}. */
  private static void atLeastOne(ObjectNode node, String... keys) {
    ArrayNode anyOf = node.putArray("anyOf");
    for (String key : keys) {
      ObjectNode present = anyOf.addObject();
      present.putArray("required").add(key);
      if (node.path("properties").path(key).path("type").asText().equals("array")) {
        // "type" again so that strict validators (ajv) see what minItems applies to.
        present.putObject("properties").putObject(key).put("type", "array").put("minItems", 1);
      }
    }
  }

  /** {@code @ArrangementConsistent}: regions when remote, else locations; at least one. */
  private static void arrangementRule(ObjectNode node) {
    ObjectNode condition = node.putObject("if");
    condition.putArray("required").add("arrangement");
    condition
        .putObject("properties")
        .putObject("arrangement")
        .put("const", WorkArrangement.REMOTE.name());
    nonEmpty(node.putObject("then"), "applicantRegions");
    nonEmpty(node.putObject("else"), "locations");
  }

  private static void nonEmpty(ObjectNode node, String key) {
    node.putArray("required").add(key);
    node.putObject("properties").putObject(key).put("type", "array").put("minItems", 1);
  }

  /** {@code @EducationLevelOnEducation}: an education level only on kind EDUCATION. */
  private static void educationLevelRule(ObjectNode node) {
    node.putObject("if").putArray("required").add("educationLevel");
    ObjectNode then = node.putObject("then");
    then.putArray("required").add("kind");
    then.putObject("properties")
        .putObject("kind")
        .put("const", QualificationKind.EDUCATION.name());
  }

  /** {@code @OccupationCodeFormat}: the code's format for each scheme that has one. */
  private static void occupationCodeRule(ObjectNode node) {
    ArrayNode allOf = node.putArray("allOf");
    new TreeSet<>(OccupationCodeFormatValidator.formats().keySet())
        .forEach(
            scheme -> {
              ObjectNode rule = allOf.addObject();
              ObjectNode condition = rule.putObject("if");
              condition.putArray("required").add("scheme");
              condition.putObject("properties").putObject("scheme").put("const", scheme);
              rule.putObject("then")
                  .putObject("properties")
                  .putObject("code")
                  .put("type", "string")
                  .put(
                      "pattern",
                      "^(?:" + OccupationCodeFormatValidator.formats().get(scheme).pattern() + ")$");
            });
  }

  /** The value types the model uses that are strings in a document. */
  private static final class Scalars implements CustomDefinitionProviderV2 {
    @Override
    public CustomDefinition provideCustomSchemaDefinition(
        ResolvedType javaType, SchemaGenerationContext context) {
      Class<?> type = javaType.getErasedType();
      ObjectNode node = context.getGeneratorConfig().createObjectNode();
      if (type == LocalDate.class) {
        node.put("type", "string").put("format", "date").put("pattern", "^" + DATE + "$");
      } else if (type == Currency.class) { // which codes exist is the JDK's table: validate knows
        node.put("type", "string").put("pattern", "^[A-Z]{3}$");
      } else if (type == Locale.class) {
        // An ISO 639-1 language or any three letters (the JDK's names decide those), then
        // BCP 47 subtags: script, region, variants.
        node.put("type", "string")
            .put(
                "pattern",
                "^(?:" + alternatives(Codes.twoLetterLanguages()) + "|[a-z]{3})"
                    + "(?:-[A-Za-z0-9]{1,8})*$");
      } else {
        return null;
      }
      return new CustomDefinition(node, true);
    }
  }

  /** A plain string stands for the object with only its text: {@code anyOf [string, object]}. */
  private static final class Shorthand implements CustomDefinitionProviderV2 {
    @Override
    public CustomDefinition provideCustomSchemaDefinition(
        ResolvedType javaType, SchemaGenerationContext context) {
      String key = SHORTHAND.get(javaType.getErasedType());
      if (key == null) {
        return null;
      }
      ObjectNode node = context.getGeneratorConfig().createObjectNode();
      ArrayNode anyOf = node.putArray("anyOf");
      ObjectNode text = anyOf.addObject();
      text.put("$comment", "shorthand for {\"" + key + "\": …}");
      text.put("$ref", "#/$defs/" + javaType.getErasedType().getSimpleName() + "/properties/" + key);
      anyOf.add(context.createStandardDefinitionReference(javaType, this));
      // Without attributes: additionalProperties beside anyOf would forbid the object's keys.
      return new CustomDefinition(
          node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.EXCLUDING_ATTRIBUTES);
    }
  }

  private static final Map<Class<?>, Map<String, BeanPropertyDefinition>> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The keys of a model type as Jackson reads them, from its generated class. */
  private static Map<String, BeanPropertyDefinition> keys(Class<?> modelType) {
    return KEYS.computeIfAbsent(
        modelType,
        type -> {
          JsonSerialize serialize = type.getAnnotation(JsonSerialize.class);
          if (serialize == null) {
            return Map.of();
          }
          return Mappers.JSON
              .getSerializationConfig()
              .introspect(Mappers.JSON.constructType(serialize.as()))
              .findProperties()
              .stream()
              .collect(
                  Collectors.toMap(
                      BeanPropertyDefinition::getName, p -> p, (a, b) -> a, LinkedHashMap::new));
        });
  }

  /** An annotation on the member or the optional value it holds, or on a list item's scope. */
  private static <A extends Annotation> A annotation(MethodScope method, Class<A> type) {
    if (method.isFakeContainerItemScope()
        || method.getDeclaredType().getErasedType() == java.util.Optional.class) {
      return method.getContainerItemAnnotationConsideringFieldAndGetter(type);
    }
    return method.getAnnotationConsideringFieldAndGetter(type);
  }

  private static String alternatives(Set<String> codes) {
    return String.join("|", new TreeSet<>(codes));
  }

  /** A country, or a subdivision {@code CC-XXX} of a country, from the listed ones where known. */
  private static String regionPattern() {
    Map<String, Set<String>> known = Codes.knownSubdivisions();
    StringBuilder pattern = new StringBuilder("^(?:").append(alternatives(Codes.countries()));
    for (String country : new TreeSet<>(known.keySet())) {
      pattern.append('|').append(country).append("-(?:").append(alternatives(known.get(country)))
          .append(')');
    }
    Set<String> others = new TreeSet<>(Codes.countries());
    others.removeAll(known.keySet());
    pattern.append("|(?:").append(alternatives(others)).append(")-[A-Z0-9]{1,3})$");
    return pattern.toString();
  }
}
