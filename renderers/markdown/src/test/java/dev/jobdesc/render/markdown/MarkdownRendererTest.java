package dev.jobdesc.render.markdown;

import dev.jobdesc.testkit.Samples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.Application;
import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.model.Faq;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Necessity;
import dev.jobdesc.model.Organization;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private static final JobDescription JOB =
      JobDescription.builder()
          .role(
              Role.builder()
                  .title("Peer Specialist")
                  .addExperienceTiers(
                      ExperienceTier.builder().level("Entry level").minYears(BigDecimal.ONE).addSummary("Works under supervision.").build())
                  .addFaqs(Faq.builder().question("Do I need a degree?").addAnswer("No.").build())
                  .build())
          .title("Peer Specialist (Night Shift)")
          .organization(Organization.builder().name("Hope *Center*").url("https://hope.example.org/jobs?id=1&lang=en").build())
          .addResponsibilities(Responsibility.of("Lead recovery groups"))
          .addQualifications(
              Qualification.builder().text("Lived experience of recovery").kind(QualificationKind.LIVED_EXPERIENCE).build(),
              Qualification.builder().text("CPR certificate").necessity(Necessity.PREFERRED).detail("renewed every two years").build())
          .pay(PayRange.builder().minimum(new BigDecimal("20.50")).maximum(new BigDecimal("24.50")).currency(Currency.getInstance("USD")).period(PayPeriod.HOUR).build())
          .otherCompensation("Night differential")
          .application(Application.builder().email("jobs@hope.example.org").build())
          .build();

  @Test
  void rendersEachKindOfBlockAsDocumented() {
    String expected =
        """
        # Peer Specialist (Night Shift)

        - **Role:** Peer Specialist

        ## Responsibilities

        - Lead recovery groups

        ## Qualifications

        - Lived experience of recovery (Lived experience)
        - **Preferred:** CPR certificate — renewed every two years

        ## Experience

        ### Entry level (1+ years)

        Works under supervision.

        ## Pay

        - **Pay range:** \\$20.50–\\$24.50 per hour
        - **Other compensation:** Night differential

        ## Additional information

        - **Organization:** Hope \\*Center\\*
        - **Website:** [https\\://hope.example.org/jobs?id=1\\&lang=en](<https://hope.example.org/jobs?id=1\\&lang=en>)

        ## How to apply

        - **E-mail:** [jobs\\@hope.example.org](<mailto:jobs@hope.example.org>)

        ## Frequently asked questions

        ### Do I need a degree?

        No.
        """;
    assertEquals(expected, MarkdownRenderer.create().render(JOB));
  }

  @Test
  void theHeadingOffsetPushesEveryHeadingDownCappedAtSix() {
    MarkdownRenderer byOne = MarkdownRenderer.builder().settings(RenderSettings.builder().headingOffset(1).build()).build();
    MarkdownRenderer byFive = MarkdownRenderer.builder().settings(RenderSettings.builder().headingOffset(5).build()).build();
    assertEquals(List.of(2, 3, 3, 3, 4, 3, 3, 3, 3, 4), MarkdownTree.parse(byOne.render(JOB)).headingLevels());
    assertEquals(List.of(6, 6, 6, 6, 6, 6, 6, 6, 6, 6), MarkdownTree.parse(byFive.render(JOB)).headingLevels());
  }

  @Test
  void aPartRendererReplacesExactlyItsPart() {
    MarkdownRenderer replaced =
        MarkdownRenderer.builder()
            .partRenderer(Part.PAY, (part, context) -> context.paragraph("*the pay, told another way*"))
            .build();
    List<Part> allButPay = Arrays.stream(Part.values()).filter(part -> part != Part.PAY).toList();
    MarkdownRenderer withoutPay =
        MarkdownRenderer.builder().settings(RenderSettings.builder().parts(allButPay).build()).build();

    String markdown = replaced.render(JOB);
    String payBlock = "\\*the pay, told another way\\*\n\n";
    assertTrue(markdown.contains("\n\n" + payBlock), markdown);
    assertFalse(markdown.contains("24.50"), markdown);
    assertEquals(withoutPay.render(JOB), markdown.replace(payBlock, ""));
  }

  @Test
  void theFirstRendererRegisteredForAPartWinsAndExtensionsRegisterThem() {
    MarkdownRendererExtension pay = builder -> builder.partRenderer(Part.PAY, (part, context) -> context.paragraph("from the extension"));
    MarkdownRendererExtension title = builder -> builder.partRenderer(Part.TITLE, (part, context) -> context.heading(1, "Title from the extension"));
    MarkdownRenderer renderer =
        MarkdownRenderer.builder()
            .partRenderer(Part.PAY, (part, context) -> context.paragraph("from the application"))
            .extensions(List.of(pay, title))
            .build();
    String markdown = renderer.render(JOB);
    assertTrue(markdown.startsWith("# Title from the extension\n\n## Responsibilities\n"), markdown);
    assertTrue(markdown.contains("\nfrom the application\n"), markdown);
    assertFalse(markdown.contains("\nfrom the extension\n"), markdown);
  }

  @Test
  void oneRendererGivesTheSameMarkdownOnEightThreadsAtOnce() throws Exception {
    MarkdownRenderer renderer = MarkdownRenderer.create();
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
  void theProviderIsDiscoveredAsFormatMarkdown() {
    RendererProvider provider = Renderers.find("markdown").orElseThrow();
    assertEquals("md", provider.getFileExtension());
    Renderer renderer = provider.create(RenderSettings.defaults());
    assertEquals("markdown", renderer.getFormatId());
    assertEquals(MarkdownRenderer.create().render(JOB), renderer.render(JOB));
  }
}
