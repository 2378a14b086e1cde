package dev.jobdesc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesc.model.Application;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.BenefitCategory;
import dev.jobdesc.model.Dates;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.Section;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DocumentWriterTest {
  private static final DocumentWriter WRITER = DocumentWriter.standard();

  private static JobDescription job() {
    return JobDescription.builder()
        .id("req-42")
        .language(Locale.forLanguageTag("es-ES"))
        .role(Role.builder().title("Especialista de pares").build())
        .addResponsibilities(Responsibility.of("Facilitar grupos"))
        .addResponsibilities(
            Responsibility.builder().text("Documentar").essential(false).build())
        .addQualifications(
            Qualification.builder().text("Bachillerato").kind(QualificationKind.EDUCATION).build())
        .pay(
            PayRange.builder()
                .minimum(new BigDecimal("1E+3"))
                .maximum(new BigDecimal("2000.50"))
                .currency(Currency.getInstance("EUR"))
                .period(PayPeriod.MONTH)
                .build())
        .addBenefits(Benefit.of("Seguro médico"))
        .addBenefits(Benefit.builder().name("Vacaciones").category(BenefitCategory.PAID_TIME_OFF).build())
        .build();
  }

  @Test
  void yamlIsCanonicalShorthandWhereLosslessDefaultsLeftOut() {
    String expected =
        """
        version: 1
        kind: job-description
        id: req-42
        language: es-ES
        role:
          title: Especialista de pares
        responsibilities:
          - Facilitar grupos
          - text: Documentar
            essential: false
        qualifications:
          - text: Bachillerato
            kind: EDUCATION
        pay:
          minimum: 1000
          maximum: 2000.50
          currency: EUR
          period: MONTH
        benefits:
          - Seguro médico
          - name: Vacaciones
            category: PAID_TIME_OFF
        """;
    assertEquals(expected, WRITER.write(job(), Format.YAML));
  }

  @Test
  void jsonLinesIsOneCompactLine() {
    String line = WRITER.write(job(), Format.JSONL);
    assertEquals(
        "{\"version\":1,\"kind\":\"job-description\",\"id\":\"req-42\",\"language\":\"es-ES\","
            + "\"role\":{\"title\":\"Especialista de pares\"},"
            + "\"responsibilities\":[\"Facilitar grupos\",{\"text\":\"Documentar\",\"essential\":false}],"
            + "\"qualifications\":[{\"text\":\"Bachillerato\",\"kind\":\"EDUCATION\"}],"
            + "\"pay\":{\"minimum\":1000,\"maximum\":2000.50,\"currency\":\"EUR\",\"period\":\"MONTH\"},"
            + "\"benefits\":[\"Seguro médico\",{\"name\":\"Vacaciones\",\"category\":\"PAID_TIME_OFF\"}]}\n",
        line);
  }

  /** A job with the Ontario disclosures and the keys around them. */
  private static JobDescription disclosing() {
    return job()
        .withPay(job().getPay().orElseThrow().withMinimum(new BigDecimal("1000")))
        .withApplication(
            Application.builder()
                .email("empleo@example.org")
                .deadline(LocalDate.of(2026, 2, 1))
                .rolling(true)
                .aiScreening(false)
                .build())
        .withDates(Dates.builder().posted(LocalDate.of(2026, 1, 5)).build())
        .withExistingVacancy(true)
        .withSections(Section.builder().heading("Equipo").addItems("Cinco personas").build());
  }

  /** {@code text} from its first {@code key}. */
  private static String from(String key, String text) {
    return text.substring(text.indexOf(key));
  }

  @Test
  void theDisclosuresAreWrittenWhereTheKeyOrderPutsThem() {
    assertEquals(
        """
        application:
          email: empleo@example.org
          deadline: "2026-02-01"
          rolling: true
          aiScreening: false
        dates:
          posted: "2026-01-05"
        existingVacancy: true
        sections:
          - heading: Equipo
            items:
              - Cinco personas
        """,
        from("application:", WRITER.write(disclosing(), Format.YAML)));
    assertEquals(
        "\"application\":{\"email\":\"empleo@example.org\",\"deadline\":\"2026-02-01\",\"rolling\":true,\"aiScreening\":false},"
            + "\"dates\":{\"posted\":\"2026-01-05\"},\"existingVacancy\":true,"
            + "\"sections\":[{\"heading\":\"Equipo\",\"items\":[\"Cinco personas\"]}]}\n",
        from("\"application\"", WRITER.write(disclosing(), Format.JSONL)));
  }

  @Test
  void jsonHasTheDisclosuresInTheKeyOrderToo() throws Exception {
    var tree = new ObjectMapper().readTree(WRITER.write(disclosing(), Format.JSON));
    List<String> keys = new ArrayList<>();
    tree.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("application", "dates", "existingVacancy", "sections"), keys.subList(keys.size() - 4, keys.size()));
    List<String> applicationKeys = new ArrayList<>();
    tree.get("application").fieldNames().forEachRemaining(applicationKeys::add);
    assertEquals(List.of("email", "deadline", "rolling", "aiScreening"), applicationKeys);
    assertTrue(tree.get("existingVacancy").isBoolean() && tree.at("/application/aiScreening").isBoolean());
  }

  @Test
  void falseDisclosuresAreWrittenNotLeftOutAsDefaults() {
    JobDescription job = disclosing().withExistingVacancy(false);
    assertTrue(WRITER.write(job, Format.YAML).contains("\nexistingVacancy: false\n"));
    assertTrue(WRITER.write(job, Format.JSONL).contains("\"aiScreening\":false"));
  }

  @Test
  void whatItWritesReadsBackEqualInEveryFormat() {
    JobDescription job = job().withPay(job().getPay().orElseThrow().withMinimum(new BigDecimal("1000")));
    for (JobDescription document : List.of(job, disclosing(), disclosing().withExistingVacancy(false))) {
      for (Format format : Format.values()) {
        String text = WRITER.write(document, format);
        assertEquals(document, DocumentReader.standard().read(text), format::name);
        assertEquals(text, WRITER.write(DocumentReader.standard().read(text), format), format::name);
      }
    }
  }
}
