package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Over a thousand documents the generator exercises the whole model: every optional attribute
 * present and every list non-empty at least once, every boolean (an optional one when present)
 * both ways, every enum constant, every currency and language it offers. The model is walked by
 * reflection, so an attribute added to core fails this test until the generator fills it.
 */
class CoverageTest {
  private static final String MODEL_PACKAGE = "dev.jobdesc.model";

  private final Set<String> expected = new TreeSet<>();
  private final Set<String> seen = new TreeSet<>();

  @Test
  void generatedDocumentsCoverTheWholeModel() {
    CaseSeeds.seeds(CaseSeeds.DEFAULT_CASES)
        .forEach(seed -> visit(DocumentGenerator.withSeed(seed).document()));
    Amounts.CURRENCIES.forEach(c -> expected.add("currency " + c));
    TextSource.LANGUAGES.forEach(l -> expected.add("language " + l.locale().toLanguageTag()));

    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(seen);
    assertEquals(Set.of(), missing, "never generated");
  }

  private void visit(Object value) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(this::visit);
    } else if (value instanceof List<?> list) {
      list.forEach(this::visit);
    } else if (value instanceof Enum<?> constant) {
      Arrays.stream(constant.getDeclaringClass().getEnumConstants())
          .forEach(c -> expected.add(constant.getDeclaringClass().getSimpleName() + "." + c));
      seen.add(constant.getDeclaringClass().getSimpleName() + "." + constant);
    } else if (value instanceof Currency currency) {
      seen.add("currency " + currency);
    } else if (value instanceof Locale language) {
      seen.add("language " + language.toLanguageTag());
    } else if (value != null && isModelValue(value)) {
      visitAttributes(value);
    }
  }

  /** Records each attribute of a model value as expected and, when filled, as seen. */
  private void visitAttributes(Object value) {
    Class<?> type = value.getClass().getSuperclass(); // the public type of Immutables' class
    for (Method accessor : type.getMethods()) {
      if (!isAttribute(accessor)) {
        continue;
      }
      Object attribute = invoke(accessor, value);
      String name = type.getSimpleName() + "." + accessor.getName();
      if (attribute instanceof Optional<?> || attribute instanceof List<?>) {
        expected.add(name + " filled");
        if (!attribute.equals(Optional.empty()) && !attribute.equals(List.of())) {
          seen.add(name + " filled");
        }
      }
      // A yes/no that may be unstated, such as Application.getAiScreening, is a flag when stated.
      Object flag = attribute instanceof Optional<?> optional ? optional.orElse(null) : attribute;
      if (flag instanceof Boolean stated) {
        expected.addAll(List.of(name + " true", name + " false"));
        seen.add(name + " " + stated);
      }
      visit(attribute);
    }
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
