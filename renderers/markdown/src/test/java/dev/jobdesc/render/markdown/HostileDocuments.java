package dev.jobdesc.render.markdown;

import dev.jobdesc.model.Application;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.BenefitCategory;
import dev.jobdesc.model.Employment;
import dev.jobdesc.model.EmploymentType;
import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.model.Faq;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.MarketPay;
import dev.jobdesc.model.Necessity;
import dev.jobdesc.model.OccupationCode;
import dev.jobdesc.model.Organization;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.Section;
import dev.jobdesc.model.Statistic;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import dev.jobdesc.render.RenderSettings;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * Documents whose every free-text field holds {@link HostileText}: each document starts at a
 * different string, so across all of them every string stands in every field. The labels are
 * hostile too, through the settings.
 */
final class HostileDocuments {
  /** An organization URL that is a valid http URL full of Markdown punctuation: a link. */
  static final String ORGANIZATION_URL = "https://example.org/a_(b)/*c*/~d?e=f&amp;g=h#i";
  /** An application e-mail address with Markdown punctuation: a mailto link. */
  static final String EMAIL = "jobs+peer_specialist@example.org";
  /** Not a URL: Markdown and HTML in an http-looking string, never a link. */
  static final String NOT_A_URL = "http://x.org/<script>alert(1)</script>[a](b)";

  private final List<String> strings = HostileText.STRINGS;
  private int next;

  private HostileDocuments(int start) {
    this.next = start;
  }

  /** How many different documents there are. */
  static int count() {
    return HostileText.STRINGS.size();
  }

  /** The {@code n}th hostile job description. */
  static JobDescription job(int n) {
    return new HostileDocuments(n).job();
  }

  /** The {@code n}th hostile role. */
  static Role role(int n) {
    return new HostileDocuments(n).role();
  }

  /** Settings whose labels are hostile, with placeholders kept where a label has them. */
  static RenderSettings settings() {
    return RenderSettings.builder()
        .label("part.pay", "# Pay *now*")
        .label("pay.range", "<b>Range</b>")
        .label("details.organization", "[Org](http://x)")
        .label("qualification.preferred", "- Preferred")
        .label("pay.amountPerPeriod", "{0} _per_ {1}")
        .label("application.aiScreening", "> AI *screens* <b>you</b>")
        .label("details.noExistingVacancy", "1. Not [a vacancy](http://x)")
        .build();
  }

  private String text() {
    return strings.get(next++ % strings.size());
  }

  private JobDescription job() {
    return JobDescription.builder()
        .role(role())
        .title(text())
        .organization(Organization.builder().name(text()).url(ORGANIZATION_URL).department(text()).build())
        .reportsTo(text())
        .addBrief(text(), text())
        .addResponsibilities(Responsibility.builder().text(text()).category(text()).essential(false).build())
        .addQualifications(qualification(), qualification().withNecessity(Necessity.PREFERRED))
        .pay(PayRange.builder().minimum(new BigDecimal("17.50")).currency(Currency.getInstance("USD")).period(PayPeriod.HOUR).note(text()).build())
        .otherCompensation(text())
        .addBenefits(Benefit.builder().name(text()).category(BenefitCategory.HEALTH).build(), Benefit.of(text()))
        .employment(Employment.builder().addTypes(EmploymentType.FULL_TIME).hoursPerWeek(new BigDecimal("37.5")).schedule(text()).build())
        .workplace(
            Workplace.builder()
                .arrangement(WorkArrangement.HYBRID)
                .addLocations(Location.builder().streetAddress(text()).locality(text()).region(text()).postalCode(text()).country("US").build())
                .environment(text())
                .travel(text())
                .build())
        .application(Application.builder().instructions(text()).url(NOT_A_URL).email(EMAIL).rolling(true).aiScreening(true).build())
        .equalOpportunity(text())
        .accommodation(text())
        .existingVacancy(false)
        .addSections(section())
        .build();
  }

  private Role role() {
    return Role.builder()
        .title(text())
        .addAlternateTitles(text(), text())
        .addOccupations(OccupationCode.builder().scheme(text()).version(text()).code(text()).name(text()).build())
        .addSummary(text(), text())
        .addDuties(Responsibility.of(text()))
        .addQualifications(qualification())
        .addExperienceTiers(ExperienceTier.builder().level(text()).minYears(BigDecimal.ONE).addSummary(text()).build())
        .addMarketPay(
            MarketPay.builder()
                .statistic(Statistic.MEDIAN)
                .amount(new BigDecimal("47660"))
                .currency(Currency.getInstance("EUR"))
                .period(PayPeriod.YEAR)
                .location(text())
                .source(text())
                .scope(text())
                .asOf("2020-05")
                .build())
        .addSections(section())
        .addFaqs(Faq.builder().question(text()).addAnswer(text(), text()).build())
        .build();
  }

  private Qualification qualification() {
    return Qualification.builder()
        .text(text())
        .kind(QualificationKind.EDUCATION)
        .educationLevel(dev.jobdesc.model.EducationLevel.HIGH_SCHOOL)
        .obtainableAfterHire(true)
        .detail(text())
        .build();
  }

  private Section section() {
    return Section.builder().heading(text()).addParagraphs(text()).addItems(text(), text()).build();
  }
}
