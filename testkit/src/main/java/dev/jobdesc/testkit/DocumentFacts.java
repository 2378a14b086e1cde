package dev.jobdesc.testkit;

import dev.jobdesc.model.Application;
import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.model.Faq;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.MarketPay;
import dev.jobdesc.model.Necessity;
import dev.jobdesc.model.OccupationCode;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.Section;
import dev.jobdesc.render.Labels;
import dev.jobdesc.render.LocalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every fact of a document as the strings a reader must find in any rendering of it: each text of
 * the model, each figure and date formatted for the locale, each enum value by its label. Walks the
 * model itself, independently of the outline, so a field the outline forgets shows up missing.
 * Renderer tests check that each is in the rendering:
 *
 * <pre>{@code
 * List<String> missing = DocumentFacts.of(document, locale).stream()
 *     .filter(fact -> !plainText.contains(fact)).toList();
 * }</pre>
 *
 * @since 0.1
 */
public final class DocumentFacts {
  private final Labels labels;
  private final LocalFormat format;
  private final Locale locale;
  private final List<String> facts = new ArrayList<>();

  private DocumentFacts(Locale locale) {
    this.locale = locale;
    this.labels = Labels.of(locale, Map.of());
    this.format = new LocalFormat(locale, labels);
  }

  /**
   * {@return the facts of {@code document} rendered in {@code locale}}
   *
   * @param document the document rendered
   * @param locale the rendering's language
   */
  public static List<String> of(JobDocument document, Locale locale) {
    DocumentFacts walk = new DocumentFacts(locale);
    if (document instanceof JobDescription job) {
      walk.job(job);
    } else {
      walk.role((Role) document);
    }
    return walk.facts;
  }

  private void job(JobDescription job) {
    add(job.getId());
    add(job.displayTitle());
    role(job.getRole());
    job.getOrganization().ifPresent(o -> {
      add(o.getName());
      add(o.getUrl());
      add(o.getDepartment());
    });
    add(job.getReportsTo());
    job.getBrief().forEach(this::add);
    job.getResponsibilities().forEach(this::responsibility);
    job.getQualifications().forEach(this::qualification);
    job.getPay().ifPresent(pay -> {
      add(format.payRange(pay));
      add(pay.getNote());
    });
    add(job.getOtherCompensation());
    job.getBenefits().forEach(b -> {
      add(b.getName());
      b.getCategory().ifPresent(c -> add(labels.of(c)));
    });
    job.getEmployment().ifPresent(e -> {
      e.getTypes().forEach(t -> add(labels.of(t)));
      e.getHoursPerWeek().ifPresent(h -> add(format.number(h)));
      add(e.getSchedule());
    });
    job.getWorkplace().ifPresent(w -> {
      add(labels.of(w.getArrangement()));
      w.getLocations().forEach(this::location);
      w.getApplicantRegions().forEach(this::add);
      add(w.getEnvironment());
      add(w.getTravel());
    });
    job.getApplication().ifPresent(this::application);
    add(job.getEqualOpportunity());
    add(job.getAccommodation());
    job.getDates().ifPresent(d -> {
      d.getPosted().ifPresent(date -> add(format.date(date)));
      d.getValidThrough().ifPresent(date -> add(format.date(date)));
    });
    job.getExistingVacancy()
        .ifPresent(existing -> add(labels.get(existing ? "details.existingVacancy" : "details.noExistingVacancy")));
    job.getSections().forEach(this::section);
  }

  private void role(Role role) {
    add(role.getId());
    add(role.getTitle());
    role.getAlternateTitles().forEach(this::add);
    role.getOccupations().forEach(this::occupation);
    role.getSummary().forEach(this::add);
    role.getDuties().forEach(this::responsibility);
    role.getQualifications().forEach(this::qualification);
    role.getExperienceTiers().forEach(this::tier);
    role.getMarketPay().forEach(this::marketPay);
    role.getSections().forEach(this::section);
    role.getFaqs().forEach(this::faq);
  }

  private void occupation(OccupationCode code) {
    add(code.getScheme());
    add(code.getVersion());
    add(code.getCode());
    add(code.getName());
  }

  private void responsibility(Responsibility responsibility) {
    add(responsibility.getText());
    add(responsibility.getCategory());
    if (!responsibility.isEssential()) {
      add(labels.get("responsibility.nonEssential"));
    }
  }

  private void qualification(Qualification qualification) {
    add(qualification.getText());
    add(qualification.getDetail());
    if (qualification.getKind() != QualificationKind.OTHER) {
      add(labels.of(qualification.getKind()));
    }
    qualification.getEducationLevel().ifPresent(level -> add(labels.of(level)));
    if (qualification.getNecessity() == Necessity.PREFERRED) {
      add(labels.get("qualification.preferred"));
    }
    if (qualification.isObtainableAfterHire()) {
      add(labels.get("qualification.obtainableAfterHire"));
    }
  }

  private void tier(ExperienceTier tier) {
    add(tier.getLevel());
    add(format.years(tier.getMinYears(), tier.getMaxYears().orElse(null)));
    tier.getSummary().forEach(this::add);
  }

  private void marketPay(MarketPay pay) {
    add(labels.of(pay.getStatistic()));
    add(format.perPeriod(format.money(pay.getAmount(), pay.getCurrency()), pay.getPeriod()));
    add(pay.getLocation());
    add(pay.getSource());
    add(pay.getScope());
    pay.getAsOf().ifPresent(asOf -> add(format.partialDate(asOf)));
  }

  private void location(Location location) {
    add(location.getStreetAddress());
    add(location.getLocality());
    add(location.getRegion());
    add(location.getPostalCode());
    String country = new Locale("", location.getCountry()).getDisplayCountry(locale);
    add(country.isEmpty() ? location.getCountry() : country);
  }

  private void application(Application application) {
    add(application.getInstructions());
    add(application.getUrl());
    add(application.getEmail());
    application.getDeadline().ifPresent(date -> add(format.date(date)));
    if (application.isRolling()) {
      add(labels.get("application.rolling"));
    }
    application.getAiScreening()
        .ifPresent(used -> add(labels.get(used ? "application.aiScreening" : "application.noAiScreening")));
  }

  private void section(Section section) {
    add(section.getHeading());
    section.getParagraphs().forEach(this::add);
    section.getItems().forEach(this::add);
  }

  private void faq(Faq faq) {
    add(faq.getQuestion());
    faq.getAnswer().forEach(this::add);
  }

  private void add(Optional<String> text) {
    text.ifPresent(this::add);
  }

  private void add(String text) {
    facts.add(text);
  }
}
