package dev.jobdesc.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The language rule of the structure profile. Regression tests for what the testkit found. */
class LanguageValidationTest {

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "he-IL", "fil-PH", "haw-US", "yue-HK", "sr-Latn-RS"})
  void iso639LanguagesOfTwoOrThreeLettersAreValid(String tag) {
    assertEquals(List.of(), findings(job(tag)));
  }

  @Test
  void anUnknownLanguageIsReportedOnceAtTheDocumentsLanguage() {
    // The embedded role takes the job's language: no second finding at /role/language.
    assertEquals(List.of("structure.code.language at /language"), findings(job("qq-US")));
  }

  private static JobDescription job(String languageTag) {
    return JobDescription.builder()
        .language(Locale.forLanguageTag(languageTag))
        .role(Role.builder().title("Peer Specialist").build())
        .addResponsibilities(Responsibility.of("Support clients"))
        .addQualifications(Qualification.of("Lived experience"))
        .build();
  }

  private static List<String> findings(JobDescription job) {
    return Validator.standard().validate(job).getFindings().stream()
        .map(f -> f.getRuleId() + " at " + f.getPath())
        .toList();
  }
}
