package dev.jobdesc.render.text;

import dev.jobdesc.testkit.UnsafeCharacters;
import dev.jobdesc.testkit.Samples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.Application;
import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.model.Faq;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.MarketPay;
import dev.jobdesc.model.Necessity;
import dev.jobdesc.model.Organization;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.Statistic;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.RendererProvider;
import dev.jobdesc.render.Renderers;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private static final Role ROLE =
      Role.builder()
          .title("Peer Specialist")
          .addAlternateTitles("Peer Mentor", "Recovery Coach")
          .addSummary("Peer specialists use their own recovery to support others through theirs.")
          .addDuties(Responsibility.of("Lead recovery groups"))
          .addDuties(Responsibility.builder().text("Drive clients to appointments").essential(false).build())
          .addQualifications(
              Qualification.builder().text("Lived experience of recovery").kind(QualificationKind.LIVED_EXPERIENCE).build(),
              Qualification.builder()
                  .text("CPR certificate")
                  .kind(QualificationKind.CERTIFICATION)
                  .necessity(Necessity.PREFERRED)
                  .obtainableAfterHire(true)
                  .detail("renewed every two years")
                  .build())
          .addExperienceTiers(
              ExperienceTier.builder()
                  .level("Entry level")
                  .minYears(BigDecimal.ZERO)
                  .maxYears(new BigDecimal("2"))
                  .addSummary("Works under supervision.")
                  .build())
          .addMarketPay(
              MarketPay.builder()
                  .statistic(Statistic.MEDIAN)
                  .amount(new BigDecimal("47660"))
                  .currency(Currency.getInstance("USD"))
                  .period(PayPeriod.YEAR)
                  .asOf("2020-05")
                  .source("BLS")
                  .build())
          .addFaqs(Faq.builder().question("Do I need a degree?").addAnswer("No: lived experience and a state certificate are what count.").build())
          .build();

  private static JobDescription job(String title) {
    return JobDescription.builder()
        .role(ROLE)
        .title(title)
        .addResponsibilities(Responsibility.of("Lead recovery groups"))
        .addQualifications(Qualification.of("Lived experience of recovery"))
        .build();
  }

  @Test
  void rendersEachKindOfBlockAsDocumented() {
    String expected =
        """
        Peer Specialist
        ===============

        Also known as: Peer Mentor, Recovery
          Coach

        About the role
        --------------

        Peer specialists use their own recovery
        to support others through theirs.

        Duties
        ------

        - Lead recovery groups
        - Drive clients to appointments
          (non-essential function)

        Qualifications
        --------------

        - Lived experience of recovery (Lived
          experience)
        - Preferred: CPR certificate
          (Certification; may be obtained after
          hire) — renewed every two years

        Experience
        ----------

        Entry level (0–2 years)
          Works under supervision.

        Published pay
        -------------

        - Median: $47,660 per year (as of May
          2020; Source: BLS)

        Frequently asked questions
        --------------------------

        Do I need a degree?
          No: lived experience and a state
          certificate are what count.
        """;
    assertEquals(expected, TextRenderer.builder().width(40).build().render(ROLE));
  }

  @Test
  void aWordLongerThanTheWidthGetsALineOfItsOwnUnbroken() {
    String url = "https://careers.example.org/peer-specialist/apply?source=newsletter&campaign=autumn";
    JobDescription job = job("Peer Specialist").withApplication(Application.builder().instructions("Apply at " + url + " today.").build());
    String text = TextRenderer.builder().width(40).build().render(job);
    assertTrue(text.contains("\nApply at\n" + url + "\ntoday.\n"), text);
  }

  @Test
  void lineBreaksInATitleBecomeSpacesSoItsUnderlineSitsRightBelowIt() {
    // Found by TextRendererPropertyTest (seed 2443790487186711305): a title ending in U+0085
    // wrapped to a last empty line, and its underline stood under a blank line.
    String text = TextRenderer.builder().build().render(job("Peer\u2028\n Specialist\u0085"));
    assertTrue(text.startsWith("Peer Specialist\n===============\n"), text);
  }

  @Test
  void chineseAndJapaneseBreakBetweenCharactersCountedTwoColumnsWide() {
    String title = "精神保健ピアスペシャリスト";
    String paragraph = "ピアスペシャリストは、自らの回復の経験を生かして、精神的な困難を抱える人々を支援します。地域の支援機関と連携し、回復計画の作成を手伝います。";
    Role role = Role.builder().title(title).addSummary(paragraph).build();
    String text = TextRenderer.builder().width(30).build().render(role);
    assertTrue(text.startsWith(title + "\n" + "=".repeat(26) + "\n"), text);
    assertEquals(List.of(), TextLayout.overlongLines(text, 30));
    assertTrue(text.lines().filter(line -> !line.isEmpty()).noneMatch(line -> line.startsWith("、") || line.startsWith("。")),
        "no line starts with a comma or full stop: " + text);
    assertEquals(paragraph, text.lines().skip(6).reduce("", String::concat));
  }

  @Test
  void anOrganizationsWebsiteIsShownAsTextAndNotTwice() {
    Organization organization = Organization.builder().name("Hope Center").url("https://hope.example.org").build();
    String text = TextRenderer.create().render(job("Peer Specialist").withOrganization(organization));
    assertTrue(text.contains("\nOrganization: Hope Center\nWebsite: https://hope.example.org\n"), text);
  }

  @Test
  void spanishSettingsGiveSpanishLabelsAndFigures() {
    TextRenderer renderer =
        TextRenderer.builder().settings(RenderSettings.builder().locale(Locale.forLanguageTag("es")).build()).build();
    String text = renderer.render(Samples.read("mental-health-peer-specialist.yaml"));
    assertTrue(text.contains("\nResponsabilidades\n-----------------\n"), text);
    assertTrue(text.contains("\nRango salarial: 35.000–50.000\u00A0US$ al año\n"), text);
    assertFalse(text.contains("Responsibilities"), text);
  }

  @Test
  void controlCharactersAndBidiOverridesNeverReachTheOutput() {
    String hostile = "Clear\u001B[2J screen \u0007 bell \u009B csi \u202Eesrever\u202C \u2066iso\u2069 half\uD800 tab\there";
    JobDescription job = job(hostile).withBrief(hostile, "line\r\nbreaks\u2028kept");
    String text = TextRenderer.create().render(job);
    assertEquals("", UnsafeCharacters.in(text), text);
    assertTrue(text.startsWith("Clear\uFFFD[2J screen \uFFFD bell \uFFFD csi \uFFFDesrever\uFFFD \uFFFDiso\uFFFD half\uFFFD tab here\n"), text);
    assertTrue(text.contains("\nline\nbreaks\nkept\n"), text);
  }

  @Test
  void aPartRendererReplacesExactlyItsPart() {
    TextRenderer replaced =
        TextRenderer.builder()
            .partRenderer(Part.PAY, (part, context) -> context.paragraph("[the pay, told another way]"))
            .build();
    List<Part> allButPay = Arrays.stream(Part.values()).filter(part -> part != Part.PAY).toList();
    TextRenderer withoutPay =
        TextRenderer.builder().settings(RenderSettings.builder().parts(allButPay).build()).build();
    JobDocument document = Samples.read("mental-health-peer-specialist.yaml");

    String text = replaced.render(document);
    String payBlock = "[the pay, told another way]\n\n";
    assertEquals(1, text.split("\\[the pay, told another way]", -1).length - 1, text);
    assertFalse(text.contains("$35,000"), text);
    assertEquals(withoutPay.render(document), text.replace(payBlock, ""));
  }

  @Test
  void theFirstRendererRegisteredForAPartWinsAndExtensionsRegisterThem() {
    TextRendererExtension pay = builder -> builder.partRenderer(Part.PAY, (part, context) -> context.paragraph("from the extension"));
    TextRendererExtension title = builder -> builder.partRenderer(Part.TITLE, (part, context) -> context.heading(1, "Title from the extension"));
    TextRenderer renderer =
        TextRenderer.builder()
            .partRenderer(Part.PAY, (part, context) -> context.paragraph("from the application"))
            .extensions(List.of(pay, title))
            .build();
    String text = renderer.render(Samples.read("mental-health-peer-specialist.yaml"));
    assertTrue(text.startsWith("Title from the extension\n========================\n"), text);
    assertTrue(text.contains("\nfrom the application\n"), text);
    assertFalse(text.contains("\nfrom the extension\n"), text);
  }

  @Test
  void oneRendererGivesTheSameTextOnEightThreadsAtOnce() throws Exception {
    TextRenderer renderer = TextRenderer.create();
    List<JobDocument> documents = Samples.FILE_NAMES.stream().map(Samples::read).toList();
    List<String> expected = documents.stream().map(renderer::render).toList();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results =
          threads.invokeAll(
              Collections.nCopies(8, () -> {
                List<String> last = null;
                for (int i = 0; i < 10; i++) {
                  last = documents.stream().map(renderer::render).toList();
                }
                return last;
              }));
      for (Future<List<String>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aWidthBelowTheMinimumIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextRenderer.builder().width(19));
    assertEquals("width must be at least 20: 19", e.getMessage());
  }

  @Test
  void theProviderIsDiscoveredAsFormatText() {
    RendererProvider provider = Renderers.find("text").orElseThrow();
    assertEquals("txt", provider.getFileExtension());
    Renderer renderer = provider.create(RenderSettings.defaults());
    assertEquals("text", renderer.getFormatId());
    assertEquals(TextRenderer.create().render(ROLE), renderer.render(ROLE));
  }
}
