package dev.jobdesc.internal.format;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.jobdesc.internal.format.Shape.EnumOf;
import dev.jobdesc.internal.format.Shape.ListOf;
import dev.jobdesc.internal.format.Shape.ObjectOf;
import dev.jobdesc.internal.format.Shape.Property;
import dev.jobdesc.internal.format.Shape.Scalar;
import dev.jobdesc.internal.format.Shape.ScalarKind;
import dev.jobdesc.internal.format.Shape.ValueType;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shapes of format version 1, read once from the model through Jackson's own view of it: key
 * names and order from the generated classes' {@code @JsonProperty} and the model's
 * {@code @JsonPropertyOrder}, required keys from Immutables' mandatory attributes, value types
 * from the accessors' generic types.
 */
final class Shapes {
  /** The types a plain string stands for, and the key it fills (model.md, "Shorthand"). */
  private static final Map<Class<?>, String> SHORTHAND =
      Map.of(Responsibility.class, "text", Qualification.class, "text", Benefit.class, "name");

  /** The key a role embedded in a job description does not have: it takes the job's language. */
  private static final String LANGUAGE = "language";

  static final Shape JOB_DESCRIPTION = of(JobDescription.class);
  static final Shape ROLE = of(Role.class);

  private Shapes() {}

  private static Shape of(Class<?> modelType) {
    Class<?> generated = modelType.getAnnotation(JsonSerialize.class).as();
    BeanDescription description =
        Mappers.JSON.getSerializationConfig().introspect(Mappers.JSON.constructType(generated));
    Map<String, Property> properties = new LinkedHashMap<>();
    for (BeanPropertyDefinition definition : description.findProperties()) {
      JavaType type = definition.getPrimaryType();
      properties.put(
          definition.getName(),
          new Property(definition.getName(), definition.isRequired(), valueType(type)));
    }
    if (modelType == JobDescription.class) {
      Property role = properties.get("role");
      Shape roleShape = ((ObjectOf) role.type()).shape();
      properties.put("role", new Property("role", true, new ObjectOf(withoutLanguage(roleShape))));
    }
    return new Shape(
        modelType.getSimpleName(),
        Collections.unmodifiableMap(properties),
        Optional.ofNullable(SHORTHAND.get(modelType)));
  }

  private static Shape withoutLanguage(Shape role) {
    Map<String, Property> properties = new LinkedHashMap<>(role.properties());
    properties.remove(LANGUAGE);
    return new Shape(
        role.name(), Collections.unmodifiableMap(properties), role.shorthandKey());
  }

  @SuppressWarnings("unchecked")
  private static ValueType valueType(JavaType type) {
    if (type.isReferenceType() || type.hasRawClass(Optional.class)) {
      return valueType(type.getContentType());
    }
    if (type.isCollectionLikeType() || type.hasRawClass(List.class)) {
      return new ListOf(valueType(type.getContentType()));
    }
    Class<?> raw = type.getRawClass();
    if (raw == String.class) {
      return new Scalar(ScalarKind.STRING);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return new Scalar(ScalarKind.BOOLEAN);
    }
    if (raw == BigDecimal.class) {
      return new Scalar(ScalarKind.DECIMAL);
    }
    if (raw == LocalDate.class) {
      return new Scalar(ScalarKind.DATE);
    }
    if (raw == Currency.class) {
      return new Scalar(ScalarKind.CURRENCY);
    }
    if (raw == Locale.class) {
      return new Scalar(ScalarKind.LANGUAGE);
    }
    if (raw.isEnum()) {
      return new EnumOf((Class<? extends Enum<?>>) raw);
    }
    if (raw.isAnnotationPresent(JsonSerialize.class)) {
      return new ObjectOf(of(raw));
    }
    throw new IllegalStateException("no format type for " + type); // a model change missed here
  }
}
