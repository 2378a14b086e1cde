package dev.jobdesc.render.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.Faq;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Organization;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text cannot break out of a {@code <script>} element or inject markup into the
 * description, and reads back unchanged.
 */
class ScriptSafetyTest {
  private static final List<String> HOSTILE =
      List.of(
          "</script><script>alert(1)</script>",
          "<!-- not a comment",
          "&amp; stays five characters",
          "line\u2028and paragraph\u2029separators",
          "\"quotes\" and \\backslashes\\ </SCRIPT >");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void nothingInTheOutputCanEndTheScriptElement(boolean pretty) {
    String json = JsonLdRenderer.builder().pretty(pretty).build().render(hostileJob());
    for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
      assertEquals(-1, json.indexOf(c), () -> "raw U+" + Integer.toHexString(c) + " in " + json);
    }
    assertTrue(json.contains("\\u003c/script\\u003e"), json);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void textPropertiesReadBackAsTheModelsText(int index) {
    String text = HOSTILE.get(index);
    JsonNode posting = Rendered.mainNode(Rendered.parsed(hostileJob(text)));
    assertEquals(text, posting.path("title").asText());
    assertEquals(text, posting.at("/hiringOrganization/name").asText());
    assertEquals(text, posting.at("/hiringOrganization/department/name").asText());
    assertEquals(text, posting.path("responsibilities").asText());
    assertEquals(text, posting.path("jobBenefits").asText());
    assertEquals(text, posting.path("skills").asText());
    assertEquals(text, posting.at("/relevantOccupation/name").asText());
    JsonNode question = Rendered.parsed(hostileJob(text)).at("/@graph/1/mainEntity");
    assertEquals(text, question.path("name").asText());
    assertEquals("<p>" + text + "</p>", Rendered.decodeHtml(question.at("/acceptedAnswer/text").asText()));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void theDescriptionHasOnlyItsOwnTagsAndTheTextEncoded(int index) {
    String text = HOSTILE.get(index);
    String description = Rendered.mainNode(Rendered.parsed(hostileJob(text))).path("description").asText();
    Matcher tags = TAG.matcher(description);
    while (tags.find()) {
      assertTrue(tags.group().matches("</?(p|ul|li)>"), () -> "tag " + tags.group() + " in " + description);
    }
    String withoutTags = Rendered.decodeHtml(TAG.matcher(description).replaceAll("\n"));
    assertTrue(withoutTags.contains(text), () -> text + " not in " + withoutTags);
  }

  private static JobDescription hostileJob() {
    return hostileJob(String.join(" ", HOSTILE));
  }

  private static JobDescription hostileJob(String text) {
    Role role =
        Role.builder()
            .title(text)
            .addFaqs(Faq.builder().question(text).addAnswer(text).build())
            .build();
    return JobDescription.builder()
        .role(role)
        .title(text)
        .organization(Organization.builder().name(text).department(text).build())
        .addBrief(text)
        .addResponsibilities(Responsibility.of(text))
        .addQualifications(Qualification.builder().text(text).kind(QualificationKind.SKILL).build())
        .addBenefits(Benefit.of(text))
        .build();
  }
}
