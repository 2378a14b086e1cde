package dev.jobdesc.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.testkit.DocumentFacts;
import dev.jobdesc.testkit.Samples;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact of each sample (each text of the model, each figure and date, each enum label, found
 * by a walk of the model independent of the outline) is in the text a reader sees on its page and
 * in its fragment, in English and in Spanish.
 */
class SampleFactsTest {
  static List<String> samples() {
    return TestDocuments.sampleNames();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyFactIsOnThePageAndInTheFragment(String sample) {
    assertEveryFactShown(TestDocuments.sample(sample), sample);
  }

  /** The statements of Ontario's disclosures, which no sample makes, are among the facts. */
  @ParameterizedTest
  @CsvSource({"true, false", "false, true"})
  void theOntarioDisclosuresAreOnThePageAndInTheFragment(boolean aiScreening, boolean existingVacancy) {
    assertEveryFactShown(
        Samples.withOntarioDisclosures(aiScreening, existingVacancy),
        "AI screening " + aiScreening + ", existing vacancy " + existingVacancy);
  }

  private static void assertEveryFactShown(JobDocument document, String name) {
    for (Locale locale : List.of(document.getLanguage(), Locale.forLanguageTag("es"))) {
      var settings = dev.jobdesc.render.RenderSettings.builder().locale(locale).build();
      for (HtmlRenderer renderer :
          List.of(
              HtmlRenderer.builder().settings(settings).build(),
              HtmlRenderer.builder().settings(settings).fragment(true).build())) {
        String seen = normalise(Jsoup.parse(renderer.render(document)).body().text());
        List<String> missing =
            DocumentFacts.of(document, locale).stream()
                .filter(fact -> !seen.contains(normalise(fact)))
                .toList();
        assertEquals(List.of(), missing, name + " in " + locale);
      }
    }
  }

  private static String normalise(String text) {
    return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }
}
