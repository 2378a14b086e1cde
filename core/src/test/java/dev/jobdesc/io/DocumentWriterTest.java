package dev.jobdesc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.BenefitCategory;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import java.math.BigDecimal;
import java.util.Currency;
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

  @Test
  void whatItWritesReadsBackEqualInEveryFormat() {
    JobDescription job = job().withPay(job().getPay().orElseThrow().withMinimum(new BigDecimal("1000")));
    for (Format format : Format.values()) {
      String text = WRITER.write(job, format);
      assertEquals(job, DocumentReader.standard().read(text), format::name);
      assertEquals(text, WRITER.write(DocumentReader.standard().read(text), format), format::name);
    }
  }
}
