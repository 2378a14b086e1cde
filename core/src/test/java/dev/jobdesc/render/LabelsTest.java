package dev.jobdesc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which bundle a language gets: its own, its parent language's, else English, never the JVM's. */
class LabelsTest {
  private static final String KEY = "part.title.alternateTitles";

  @Test
  void aLanguageWithoutLabelsGetsEnglishNotTheServersLanguage() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("es-ES"));
    try {
      assertEquals("Also known as", Labels.of(Locale.FRENCH, Map.of()).get(KEY));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aRegionalVariantGetsItsLanguagesLabels() {
    assertEquals("También conocido como", Labels.of(Locale.forLanguageTag("es-MX"), Map.of()).get(KEY));
    assertEquals("Also known as", Labels.of(Locale.forLanguageTag("en-GB"), Map.of()).get(KEY));
  }
}
