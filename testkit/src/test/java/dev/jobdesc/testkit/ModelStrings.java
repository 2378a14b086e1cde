package dev.jobdesc.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every string in a document, found by walking the model by reflection as {@link CoverageTest}
 * does, so that an attribute added to core is included without a change here.
 */
final class ModelStrings {
  private static final String MODEL_PACKAGE = "dev.jobdesc.model";

  /**
   * One string and where it is.
   *
   * @param attribute {@code Type.getter}, e.g. {@code Location.getCountry}
   * @param owner the model value that holds it
   * @param value the string
   */
  record Field(String attribute, Object owner, String value) {}

  private ModelStrings() {}

  /** Every string of {@code document}, lists and optional values included. */
  static List<Field> of(Object document) {
    List<Field> fields = new ArrayList<>();
    visit(document, fields);
    return fields;
  }

  private static void visit(Object value, List<Field> fields) {
    Class<?> type = value.getClass().getSuperclass(); // the public type of Immutables' class
    for (Method accessor : type.getMethods()) {
      if (!isAttribute(accessor)) {
        continue;
      }
      String attribute = type.getSimpleName() + "." + accessor.getName();
      for (Object item : items(invoke(accessor, value))) {
        if (item instanceof String text) {
          fields.add(new Field(attribute, value, text));
        } else if (isModelValue(item)) {
          visit(item, fields);
        }
      }
    }
  }

  private static List<?> items(Object attribute) {
    if (attribute instanceof Optional<?> optional) {
      return optional.stream().toList();
    }
    return attribute instanceof List<?> list ? list : List.of(attribute);
  }

  private static boolean isModelValue(Object value) {
    Class<?> type = value.getClass().getSuperclass();
    return type != null && type.getPackageName().equals(MODEL_PACKAGE);
  }

  private static boolean isAttribute(Method method) {
    String name = method.getName();
    return (name.startsWith("get") || name.startsWith("is"))
        && method.getParameterCount() == 0
        && !Modifier.isStatic(method.getModifiers())
        && method.getDeclaringClass().getPackageName().equals(MODEL_PACKAGE);
  }

  private static Object invoke(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot read " + accessor, e);
    }
  }
}
