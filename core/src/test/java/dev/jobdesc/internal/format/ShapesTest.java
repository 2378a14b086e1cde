package dev.jobdesc.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.internal.format.Shape.ListOf;
import dev.jobdesc.internal.format.Shape.ObjectOf;
import dev.jobdesc.internal.format.Shape.Property;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The format's keys, their order and which are required, as model.md's tables state them: the
 * shapes are derived from the model, so this pins the model to the contract.
 */
class ShapesTest {
  private static final Map<String, Shape> ALL = new TreeMap<>();

  static {
    collect(Shapes.JOB_DESCRIPTION);
    collect(Shapes.ROLE);
  }

  private static void collect(Shape shape) {
    ALL.putIfAbsent(shape.name(), shape);
    for (Property p : shape.properties().values()) {
      Shape.ValueType type = p.type() instanceof ListOf l ? l.element() : p.type();
      if (type instanceof ObjectOf o) {
        collect(o.shape());
      }
    }
  }

  private static void assertKeys(String type, String... keys) {
    assertEquals(List.of(keys), List.copyOf(ALL.get(type).properties().keySet()), type);
  }

  private static void assertRequired(String type, String... keys) {
    List<String> required =
        ALL.get(type).properties().values().stream().filter(Property::required).map(Property::name).toList();
    assertEquals(List.of(keys), required, type);
  }

  @Test
  void keysAndOrderAreModelMds() {
    assertKeys("JobDescription", "id", "language", "role", "title", "organization", "reportsTo",
        "brief", "responsibilities", "qualifications", "pay", "otherCompensation", "benefits",
        "employment", "workplace", "application", "equalOpportunity", "accommodation", "dates",
        "existingVacancy", "sections");
    assertKeys("Role", "id", "title", "alternateTitles", "occupations", "summary", "duties",
        "qualifications", "experienceTiers", "marketPay", "sections", "faqs");
    assertEquals("language", Shapes.ROLE.properties().keySet().toArray()[1], "a top-level role has a language");
    assertKeys("OccupationCode", "scheme", "version", "code", "name");
    assertKeys("Responsibility", "text", "essential", "category");
    assertKeys("Qualification", "text", "kind", "necessity", "educationLevel", "obtainableAfterHire", "detail");
    assertKeys("ExperienceTier", "level", "minYears", "maxYears", "summary");
    assertKeys("PayRange", "minimum", "maximum", "currency", "period", "note");
    assertKeys("MarketPay", "statistic", "amount", "currency", "period", "location", "source", "asOf", "scope");
    assertKeys("Benefit", "name", "category");
    assertKeys("Organization", "name", "url", "department");
    assertKeys("Employment", "types", "hoursPerWeek", "schedule");
    assertKeys("Workplace", "arrangement", "locations", "applicantRegions", "environment", "travel");
    assertKeys("Location", "locality", "region", "postalCode", "country", "streetAddress");
    assertKeys("Application", "instructions", "url", "email", "deadline", "rolling", "aiScreening");
    assertKeys("Dates", "posted", "validThrough");
    assertKeys("Section", "heading", "paragraphs", "items");
    assertKeys("Faq", "question", "answer");
  }

  @Test
  void requiredKeysAreModelMds() {
    assertRequired("JobDescription", "role");
    assertRequired("Role", "title");
    assertRequired("OccupationCode", "scheme", "code");
    assertRequired("Responsibility", "text");
    assertRequired("Qualification", "text");
    assertRequired("ExperienceTier", "level", "minYears");
    assertRequired("PayRange", "currency", "period");
    assertRequired("MarketPay", "statistic", "amount", "currency", "period");
    assertRequired("Benefit", "name");
    assertRequired("Organization", "name");
    assertRequired("Workplace", "arrangement");
    assertRequired("Location", "country");
    assertRequired("Section", "heading");
    assertRequired("Faq", "question");
  }

  @Test
  void theShorthandAppliesToResponsibilityQualificationAndBenefit() {
    assertEquals(Optional.of("text"), ALL.get("Responsibility").shorthandKey());
    assertEquals(Optional.of("text"), ALL.get("Qualification").shorthandKey());
    assertEquals(Optional.of("name"), ALL.get("Benefit").shorthandKey());
    assertEquals(Optional.empty(), ALL.get("Section").shorthandKey());
  }
}
