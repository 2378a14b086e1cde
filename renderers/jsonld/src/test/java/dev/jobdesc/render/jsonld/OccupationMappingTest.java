package dev.jobdesc.render.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jobdesc.model.MarketPay;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.Statistic;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** How the fields of a role become Occupation properties. */
class OccupationMappingTest {

  @Test
  void cityMediansAreDistributionsAndTheCitiesAreOccupationLocations() {
    JsonNode jsonLd = Rendered.parsed(Documents.sample("mental-health-peer-specialist.role.yaml"));
    JsonNode occupation = Rendered.mainNode(jsonLd);
    assertEquals("Occupation", occupation.path("@type").asText());
    assertEquals("Mental Health Peer Specialist", occupation.path("name").asText());
    JsonNode salaries = occupation.path("estimatedSalary");
    assertEquals(
        "{\"@type\":\"MonetaryAmountDistribution\",\"currency\":\"USD\",\"duration\":\"P1Y\",\"median\":82000}",
        salaries.get(0).toString());
    assertEquals("GBP", salaries.get(5).path("currency").asText());
    assertEquals(salaries.size(), occupation.path("occupationLocation").size());
    assertEquals("{\"@type\":\"AdministrativeArea\",\"name\":\"New York\"}", occupation.path("occupationLocation").get(0).toString());
    String description = occupation.path("description").asText();
    assertTrue(description.contains("<li>Median: $82,000 per year (New York)</li>"), description);
  }

  @Test
  void anAverageIsAnAmountPerPeriodAndSaysSoInTheDescription() {
    Role role =
        Role.builder()
            .title("Peer Specialist")
            .addMarketPay(
                MarketPay.builder()
                    .statistic(Statistic.AVERAGE)
                    .amount(new BigDecimal("21.40"))
                    .currency(Currency.getInstance("USD"))
                    .period(PayPeriod.HOUR)
                    .source("Survey")
                    .build())
            .build();
    JsonNode occupation = Rendered.parsed(role);
    assertEquals(
        "{\"@type\":\"MonetaryAmount\",\"currency\":\"USD\",\"value\":{\"@type\":\"QuantitativeValue\",\"value\":21.4,\"unitText\":\"HOUR\"}}",
        occupation.path("estimatedSalary").toString());
    assertFalse(occupation.has("occupationLocation"));
    assertTrue(occupation.path("description").asText().contains("<li>Average: $21.40 per hour (Source: Survey)</li>"), occupation::toString);
  }

  @Test
  void aRoleWithoutFaqsIsOneNode() {
    JsonNode jsonLd = Rendered.parsed(Role.builder().title("Peer Specialist").build());
    assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"Occupation\",\"name\":\"Peer Specialist\"}", jsonLd.toString());
  }

  @Test
  void aSampleRoleNamesItsDataSourceInTheDescription() {
    JsonNode occupation = Rendered.mainNode(Rendered.parsed(Documents.sample("peer-specialist.role.yaml")));
    assertEquals(47660, occupation.at("/estimatedSalary/median").asInt());
    assertEquals("United States", occupation.at("/occupationLocation/name").asText());
    assertTrue(occupation.path("description").asText().contains("Source: Bureau of Labor Statistics"));
  }
}
