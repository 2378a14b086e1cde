package dev.jobdesc.render.jsonld.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.model.EducationLevel;
import dev.jobdesc.model.Necessity;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Qualifications sorted into the properties a {@code JobPosting} and an {@code Occupation}
 * share, by kind:
 *
 * <ul>
 *   <li>{@code SKILL}: {@code skills}, required or preferred (the vocabulary's skills are
 *       "desired or required");
 *   <li>{@code EDUCATION}: {@code educationRequirements}, an {@code EducationalOccupationalCredential}
 *       with Google's {@code credentialCategory} when the level is known, else the text;
 *   <li>{@code EXPERIENCE}: {@code experienceRequirements}, as text (months are not guessed from
 *       words);
 *   <li>{@code CERTIFICATION} and {@code LICENSE}: {@code qualifications}, an
 *       {@code EducationalOccupationalCredential} of category {@code certificate} or
 *       {@code license};
 *   <li>{@code LIVED_EXPERIENCE}, {@code TRAIT}, {@code OTHER}: {@code qualifications}, as text.
 * </ul>
 *
 * <p>Only required qualifications go into the requirement properties: the vocabulary cannot say
 * "preferred", and Google filters on education and experience requirements, so a preferred
 * degree stated there would wrongly turn applicants away. Preferred ones, like each
 * qualification's detail and "may be obtained after hire", are in the description.
 *
 * @param skills the values of {@code skills}
 * @param education the values of {@code educationRequirements}
 * @param experience the values of {@code experienceRequirements}
 * @param qualifications the values of {@code qualifications}
 */
record QualificationProperties(
    List<JsonNode> skills, List<JsonNode> education, List<JsonNode> experience, List<JsonNode> qualifications) {

  /** Sorts {@code qualifications}, each list keeping the document's order. */
  static QualificationProperties of(List<Qualification> qualifications) {
    QualificationProperties sorted =
        new QualificationProperties(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    qualifications.forEach(sorted::add);
    return sorted;
  }

  /**
   * Puts the values on {@code node}, with {@code experienceFirst} (the experience tiers'
   * minimum) ahead of the experience texts.
   */
  void putOn(ObjectNode node, List<JsonNode> experienceFirst) {
    List<JsonNode> allExperience = new ArrayList<>(experienceFirst);
    allExperience.addAll(experience);
    Nodes.putAll(node, "qualifications", qualifications);
    Nodes.putAll(node, "skills", skills);
    Nodes.putAll(node, "educationRequirements", education);
    Nodes.putAll(node, "experienceRequirements", allExperience);
  }

  private void add(Qualification q) {
    if (q.getKind() == QualificationKind.SKILL) {
      skills.add(Nodes.text(q.getText()));
    } else if (q.getNecessity() == Necessity.REQUIRED) {
      switch (q.getKind()) {
        case EDUCATION -> education.add(education(q));
        case EXPERIENCE -> experience.add(Nodes.text(q.getText()));
        case CERTIFICATION -> qualifications.add(credential("certificate", q));
        case LICENSE -> qualifications.add(credential("license", q));
        default -> qualifications.add(Nodes.text(q.getText()));
      }
    }
  }

  private static JsonNode education(Qualification q) {
    return q.getEducationLevel().isPresent()
        ? credential(credentialCategory(q.getEducationLevel().get()), q)
        : Nodes.text(q.getText());
  }

  private static ObjectNode credential(String category, Qualification q) {
    ObjectNode credential = Nodes.typed("EducationalOccupationalCredential");
    credential.put("credentialCategory", category);
    credential.put("name", q.getText());
    return credential;
  }

  /** Google's values of {@code educationRequirements.credentialCategory}. */
  private static String credentialCategory(EducationLevel level) {
    return switch (level) {
      case HIGH_SCHOOL -> "high school";
      case ASSOCIATE_DEGREE -> "associate degree";
      case BACHELOR_DEGREE -> "bachelor degree";
      case POSTGRADUATE_DEGREE -> "postgraduate degree";
      case PROFESSIONAL_CERTIFICATE -> "professional certificate";
    };
  }
}
