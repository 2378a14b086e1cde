package dev.jobdesc.internal.rules;

import dev.jobdesc.model.Application;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.Employment;
import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.model.Faq;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.MarketPay;
import dev.jobdesc.model.OccupationCode;
import dev.jobdesc.model.Organization;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.Section;
import dev.jobdesc.model.Workplace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every string of a document with its JSON Pointer and what kind of text it is, in document
 * order: what the placeholder, language and readability rules read. The one walk over every text
 * field of both kinds (as {@code Outliner} is for rendering): a text field added to the model is
 * added here.
 */
public final class DocumentText {
  /** The text of a document, for {@link dev.jobdesc.validation.RuleContext#shared}. */
  public static final Function<JobDocument, DocumentText> OF = DocumentText::of;

  /** What a string is, which decides the rules that read it. */
  public enum Kind {
    /** A title or alternate title. */
    TITLE,
    /** A heading: a section's, a tier's level, an FAQ's question. */
    HEADING,
    /** Running text: paragraphs, notes, statements, instructions. */
    PARAGRAPH,
    /** A list item: a responsibility, duty, qualification, benefit, section item. */
    ITEM,
    /** A name or short label: organization, department, place, category, source. */
    NAME,
    /** An identifier, code, URL or address: never prose. */
    CODE;

    /** Whether the kind is prose that people read as sentences or phrases. */
    public boolean isProse() {
      return this != NAME && this != CODE;
    }
  }

  /**
   * One string.
   *
   * @param pointer its JSON Pointer, e.g. {@code /responsibilities/2/text}
   * @param text the string
   * @param kind what it is
   * @param ofRole whether it belongs to the role (a role document, or a job's embedded role)
   *     rather than to the job description's own posting text
   */
  public record Entry(String pointer, String text, Kind kind, boolean ofRole) {}

  private final List<Entry> entries;

  private DocumentText(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The text of {@code document}. */
  public static DocumentText of(JobDocument document) {
    Walk walk = new Walk();
    if (document instanceof JobDescription job) {
      walk.job(job);
    } else {
      walk.role("", (Role) document);
    }
    return new DocumentText(walk.entries);
  }

  /** Every string, in document order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The strings that are prose. */
  public List<Entry> prose() {
    return entries.stream().filter(e -> e.kind().isProse()).toList();
  }

  private static final class Walk {
    private final List<Entry> entries = new ArrayList<>();
    private boolean inRole;

    void job(JobDescription job) {
      job.getId().ifPresent(id -> add("/id", id, Kind.CODE));
      inRole = true;
      role("/role", job.getRole());
      inRole = false;
      job.getTitle().ifPresent(t -> add("/title", t, Kind.TITLE));
      job.getOrganization().ifPresent(this::organization);
      job.getReportsTo().ifPresent(t -> add("/reportsTo", t, Kind.NAME));
      strings("/brief", job.getBrief(), Kind.PARAGRAPH);
      responsibilities("/responsibilities", job.getResponsibilities());
      qualifications("/qualifications", job.getQualifications());
      job.getPay().ifPresent(this::pay);
      job.getOtherCompensation().ifPresent(t -> add("/otherCompensation", t, Kind.PARAGRAPH));
      List<Benefit> benefits = job.getBenefits();
      for (int i = 0; i < benefits.size(); i++) {
        add("/benefits/" + i + "/name", benefits.get(i).getName(), Kind.ITEM);
      }
      job.getEmployment().ifPresent(this::employment);
      job.getWorkplace().ifPresent(this::workplace);
      job.getApplication().ifPresent(this::application);
      job.getEqualOpportunity().ifPresent(t -> add("/equalOpportunity", t, Kind.PARAGRAPH));
      job.getAccommodation().ifPresent(t -> add("/accommodation", t, Kind.PARAGRAPH));
      sections("/sections", job.getSections());
    }

    void role(String base, Role role) {
      if (base.isEmpty()) {
        inRole = true;
      }
      role.getId().ifPresent(id -> add(base + "/id", id, Kind.CODE));
      add(base + "/title", role.getTitle(), Kind.TITLE);
      strings(base + "/alternateTitles", role.getAlternateTitles(), Kind.TITLE);
      List<OccupationCode> codes = role.getOccupations();
      for (int i = 0; i < codes.size(); i++) {
        String at = base + "/occupations/" + i;
        OccupationCode code = codes.get(i);
        add(at + "/scheme", code.getScheme(), Kind.CODE);
        optional(at + "/version", code.getVersion(), Kind.CODE);
        add(at + "/code", code.getCode(), Kind.CODE);
        optional(at + "/name", code.getName(), Kind.NAME);
      }
      strings(base + "/summary", role.getSummary(), Kind.PARAGRAPH);
      responsibilities(base + "/duties", role.getDuties());
      qualifications(base + "/qualifications", role.getQualifications());
      List<ExperienceTier> tiers = role.getExperienceTiers();
      for (int i = 0; i < tiers.size(); i++) {
        String at = base + "/experienceTiers/" + i;
        add(at + "/level", tiers.get(i).getLevel(), Kind.HEADING);
        strings(at + "/summary", tiers.get(i).getSummary(), Kind.PARAGRAPH);
      }
      List<MarketPay> figures = role.getMarketPay();
      for (int i = 0; i < figures.size(); i++) {
        String at = base + "/marketPay/" + i;
        MarketPay m = figures.get(i);
        optional(at + "/location", m.getLocation(), Kind.NAME);
        optional(at + "/source", m.getSource(), Kind.NAME);
        optional(at + "/asOf", m.getAsOf(), Kind.CODE);
        optional(at + "/scope", m.getScope(), Kind.NAME);
      }
      sections(base + "/sections", role.getSections());
      List<Faq> faqs = role.getFaqs();
      for (int i = 0; i < faqs.size(); i++) {
        String at = base + "/faqs/" + i;
        add(at + "/question", faqs.get(i).getQuestion(), Kind.HEADING);
        strings(at + "/answer", faqs.get(i).getAnswer(), Kind.PARAGRAPH);
      }
    }

    private void organization(Organization organization) {
      add("/organization/name", organization.getName(), Kind.NAME);
      optional("/organization/url", organization.getUrl(), Kind.CODE);
      optional("/organization/department", organization.getDepartment(), Kind.NAME);
    }

    private void pay(PayRange pay) {
      optional("/pay/note", pay.getNote(), Kind.PARAGRAPH);
    }

    private void employment(Employment employment) {
      optional("/employment/schedule", employment.getSchedule(), Kind.PARAGRAPH);
    }

    private void workplace(Workplace workplace) {
      List<Location> locations = workplace.getLocations();
      for (int i = 0; i < locations.size(); i++) {
        String at = "/workplace/locations/" + i;
        Location l = locations.get(i);
        optional(at + "/locality", l.getLocality(), Kind.NAME);
        optional(at + "/region", l.getRegion(), Kind.NAME);
        optional(at + "/postalCode", l.getPostalCode(), Kind.CODE);
        add(at + "/country", l.getCountry(), Kind.CODE);
        optional(at + "/streetAddress", l.getStreetAddress(), Kind.NAME);
      }
      strings("/workplace/applicantRegions", workplace.getApplicantRegions(), Kind.CODE);
      optional("/workplace/environment", workplace.getEnvironment(), Kind.PARAGRAPH);
      optional("/workplace/travel", workplace.getTravel(), Kind.PARAGRAPH);
    }

    private void application(Application application) {
      optional("/application/instructions", application.getInstructions(), Kind.PARAGRAPH);
      optional("/application/url", application.getUrl(), Kind.CODE);
      optional("/application/email", application.getEmail(), Kind.CODE);
    }

    private void responsibilities(String base, List<Responsibility> list) {
      for (int i = 0; i < list.size(); i++) {
        add(base + "/" + i + "/text", list.get(i).getText(), Kind.ITEM);
        optional(base + "/" + i + "/category", list.get(i).getCategory(), Kind.NAME);
      }
    }

    private void qualifications(String base, List<Qualification> list) {
      for (int i = 0; i < list.size(); i++) {
        add(base + "/" + i + "/text", list.get(i).getText(), Kind.ITEM);
        optional(base + "/" + i + "/detail", list.get(i).getDetail(), Kind.PARAGRAPH);
      }
    }

    private void sections(String base, List<Section> sections) {
      for (int i = 0; i < sections.size(); i++) {
        String at = base + "/" + i;
        add(at + "/heading", sections.get(i).getHeading(), Kind.HEADING);
        strings(at + "/paragraphs", sections.get(i).getParagraphs(), Kind.PARAGRAPH);
        strings(at + "/items", sections.get(i).getItems(), Kind.ITEM);
      }
    }

    private void strings(String base, List<String> list, Kind kind) {
      for (int i = 0; i < list.size(); i++) {
        add(base + "/" + i, list.get(i), kind);
      }
    }

    private void optional(String pointer, Optional<String> value, Kind kind) {
      value.ifPresent(v -> add(pointer, v, kind));
    }

    private void add(String pointer, String text, Kind kind) {
      entries.add(new Entry(pointer, text, kind, inRole));
    }
  }
}
