package dev.jobdesc.render.jsonld.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.model.MarketPay;
import dev.jobdesc.model.OccupationCode;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A {@link Role} as a schema.org {@code Occupation}, and the role facts a posting states too. */
final class Occupations {
  private Occupations() {}

  /** The role as a document of its own: every property, {@code description} included. */
  static ObjectNode standalone(Role role, Optional<String> description) {
    ObjectNode node = named(role);
    Nodes.putText(node, "description", description);
    Nodes.putAll(node, "occupationalCategory", categories(role));
    putDetails(node, role, lowestTierMonths(role));
    return node;
  }

  /**
   * The role a job posting is for, as its {@code relevantOccupation}: without the description,
   * the occupational codes and the experience months, which the posting itself carries, so that
   * no value is stated twice.
   */
  static ObjectNode relevantTo(Role role) {
    ObjectNode node = named(role);
    putDetails(node, role, List.of());
    return node;
  }

  /** The role's codes as {@code CategoryCode}s in their code sets, for {@code occupationalCategory}. */
  static List<JsonNode> categories(Role role) {
    return role.getOccupations().stream().<JsonNode>map(Occupations::category).toList();
  }

  /**
   * An {@code OccupationalExperienceRequirements} with the {@code monthsOfExperience} of the
   * lowest experience tier (its {@code minYears} × 12): the entry bar, which is what Google reads
   * as the minimum. Empty when the role has no tiers.
   */
  static List<JsonNode> lowestTierMonths(Role role) {
    return role.getExperienceTiers().stream()
        .min(Comparator.comparing(ExperienceTier::getMinYears))
        .<JsonNode>map(
            tier -> {
              ObjectNode requirement = Nodes.typed("OccupationalExperienceRequirements");
              requirement.set("monthsOfExperience", Nodes.number(tier.minMonths()));
              return requirement;
            })
        .stream()
        .toList();
  }

  /** The texts of {@code responsibilities}. */
  static List<String> texts(List<Responsibility> responsibilities) {
    return responsibilities.stream().map(Responsibility::getText).toList();
  }

  private static ObjectNode named(Role role) {
    ObjectNode node = Nodes.typed("Occupation");
    node.put("name", role.getTitle());
    Nodes.putTexts(node, "alternateName", role.getAlternateTitles());
    role.getId().ifPresent(id -> node.set("identifier", Nodes.identifier(id)));
    return node;
  }

  private static void putDetails(ObjectNode node, Role role, List<JsonNode> experienceMonths) {
    Nodes.putTexts(node, "responsibilities", texts(role.getDuties()));
    QualificationProperties.of(role.getQualifications()).putOn(node, experienceMonths);
    Nodes.putAll(node, "estimatedSalary", role.getMarketPay().stream().map(Pay::estimate).toList());
    // The vocabulary ties a location to the occupation, not to one figure: the figure–place pairs
    // are in the description; here the occupation lists each place its figures cover, once.
    Nodes.putAll(
        node,
        "occupationLocation",
        role.getMarketPay().stream()
            .map(MarketPay::getLocation)
            .flatMap(Optional::stream)
            .distinct()
            .map(Places::namedRegion)
            .toList());
  }

  private static ObjectNode category(OccupationCode code) {
    ObjectNode codeSet = Nodes.typed("CategoryCodeSet");
    codeSet.put("name", code.getScheme());
    Nodes.putText(codeSet, "version", code.getVersion());
    ObjectNode category = Nodes.typed("CategoryCode");
    category.put("codeValue", code.getCode());
    Nodes.putText(category, "name", code.getName());
    category.set("inCodeSet", codeSet);
    return category;
  }
}
