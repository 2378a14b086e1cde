package dev.jobdesc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.Application;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.render.Block.Paragraph;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Whether AI screens applicants and whether the vacancy exists (Ontario's disclosures) are
 * statements in the outline, so every format shows them: in the application part and in the
 * additional information, either way, and nothing when the document does not say.
 */
class OntarioDisclosuresOutlineTest {
  private static final JobDescription JOB =
      JobDescription.builder()
          .role(Role.builder().title("Peer Support Worker").build())
          .addResponsibilities(Responsibility.of("Lead recovery groups"))
          .addQualifications(Qualification.of("Lived experience of recovery"))
          .application(Application.builder().email("jobs@example.org").build())
          .build();

  private static JobDescription disclosing(boolean aiScreening, boolean existingVacancy) {
    Application application = JOB.getApplication().orElseThrow().withAiScreening(aiScreening);
    return JOB.withApplication(application).withExistingVacancy(existingVacancy);
  }

  private static List<String> paragraphs(JobDescription job, Part part, Locale locale) {
    return paragraphs(job, part, RenderSettings.builder().locale(locale).build());
  }

  /** The paragraphs of {@code part}, none when the outline leaves the part out. */
  private static List<String> paragraphs(JobDescription job, Part part, RenderSettings settings) {
    return Outline.of(job, settings).parts().stream()
        .filter(p -> p.part() == part)
        .flatMap(p -> p.blocks().stream())
        .filter(Paragraph.class::isInstance)
        .map(block -> ((Paragraph) block).text())
        .toList();
  }

  @Test
  void aiScreeningIsAStatementOfTheApplicationPartEitherWay() {
    assertEquals(
        List.of("Artificial intelligence is used to screen, assess or select applicants."),
        paragraphs(disclosing(true, true), Part.APPLICATION, Locale.US));
    assertEquals(
        List.of("Artificial intelligence is not used to screen, assess or select applicants."),
        paragraphs(disclosing(false, true), Part.APPLICATION, Locale.US));
  }

  @Test
  void theVacancyIsAStatementOfTheAdditionalInformationEitherWay() {
    assertEquals(
        List.of("This posting is for an existing vacancy."),
        paragraphs(disclosing(true, true), Part.DETAILS, Locale.US));
    assertEquals(
        List.of("This posting is not for an existing vacancy."),
        paragraphs(disclosing(true, false), Part.DETAILS, Locale.US));
  }

  @Test
  void theStatementsAreInTheRenderingsLanguage() {
    Locale spanish = Locale.forLanguageTag("es");
    assertEquals(
        List.of("No se utiliza inteligencia artificial para filtrar, evaluar o seleccionar a los candidatos."),
        paragraphs(disclosing(false, false), Part.APPLICATION, spanish));
    assertEquals(
        List.of("Esta oferta no corresponde a una vacante existente."),
        paragraphs(disclosing(false, false), Part.DETAILS, spanish));
    assertEquals(
        List.of("Esta oferta corresponde a una vacante existente."),
        paragraphs(disclosing(true, true), Part.DETAILS, spanish));
  }

  @Test
  void aDocumentThatDoesNotSaySaysNothing() {
    assertEquals(List.of(), paragraphs(JOB, Part.APPLICATION, Locale.US));
    assertEquals(
        List.of(),
        Outline.of(JOB, RenderSettings.defaults()).parts().stream().filter(p -> p.part() == Part.DETAILS).toList(),
        "no additional information to show");
  }

  @Test
  void anApplicationCanRewordTheStatements() {
    RenderSettings settings =
        RenderSettings.builder().label("application.noAiScreening", "No AI reads your application.").build();
    assertEquals(
        List.of("No AI reads your application."), paragraphs(disclosing(false, true), Part.APPLICATION, settings));
  }
}
