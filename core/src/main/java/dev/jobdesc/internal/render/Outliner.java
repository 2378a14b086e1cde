package dev.jobdesc.internal.render;

import dev.jobdesc.internal.validation.HttpUrlValidator;
import dev.jobdesc.model.Application;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.Dates;
import dev.jobdesc.model.Employment;
import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.model.Faq;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.MarketPay;
import dev.jobdesc.model.Necessity;
import dev.jobdesc.model.OccupationCode;
import dev.jobdesc.model.Organization;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.Section;
import dev.jobdesc.model.Workplace;
import dev.jobdesc.render.Block;
import dev.jobdesc.render.Block.Bullets;
import dev.jobdesc.render.Block.Fact;
import dev.jobdesc.render.Block.Facts;
import dev.jobdesc.render.Block.Group;
import dev.jobdesc.render.Block.Item;
import dev.jobdesc.render.Block.Paragraph;
import dev.jobdesc.render.Labels;
import dev.jobdesc.render.LocalFormat;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.OutlinePart;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.RenderSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lays a document out as an {@link Outline}. The one place that walks every field of both
 * kinds: a field added to the model is added here, and every format shows it.
 */
public final class Outliner {
  private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'()\\[\\]:;,]+@[^\\s<>\"'()\\[\\]:;,@]+");

  private final Labels labels;
  private final LocalFormat format;
  private final Locale locale;

  private Outliner(Locale locale, Labels labels) {
    this.locale = locale;
    this.labels = labels;
    this.format = new LocalFormat(locale, labels);
  }

  /** The outline of {@code document}. */
  public static Outline outline(JobDocument document, RenderSettings settings) {
    Locale locale = settings.localeFor(document.getLanguage());
    Outliner outliner = new Outliner(locale, Labels.of(locale, settings.getLabels()));
    List<OutlinePart> parts = new ArrayList<>();
    for (Part part : settings.getParts()) {
      OutlinePart laidOut =
          document instanceof JobDescription job
              ? outliner.jobPart(part, job)
              : outliner.rolePart(part, (Role) document);
      if (!laidOut.blocks().isEmpty() || part == Part.TITLE) {
        parts.add(laidOut);
      }
    }
    String title =
        document instanceof JobDescription job ? job.displayTitle() : ((Role) document).getTitle();
    return new Outline(document.documentKind(), locale, title, parts);
  }

  private OutlinePart jobPart(Part part, JobDescription job) {
    Role role = job.getRole();
    List<Block> blocks = new ArrayList<>();
    switch (part) {
      case TITLE -> {
        List<Fact> facts = new ArrayList<>();
        if (job.getTitle().isPresent() && !job.getTitle().get().equals(role.getTitle())) {
          facts.add(Fact.of(labels.get("part.title.role"), role.getTitle()));
        }
        facts.addAll(titleFacts(role));
        addFacts(blocks, facts);
        return new OutlinePart(part, job.displayTitle(), blocks);
      }
      case SUMMARY -> {
        job.getBrief().forEach(p -> blocks.add(new Paragraph(p)));
        addGroup(blocks, labels.get("part.summary.role"), paragraphs(role.getSummary()));
        return new OutlinePart(part, labels.get("part.summary.job"), blocks);
      }
      case RESPONSIBILITIES -> {
        addBullets(blocks, responsibilities(job.getResponsibilities()));
        addGroup(blocks, labels.get("part.responsibilities.role"), bullets(responsibilities(role.getDuties())));
        return new OutlinePart(part, labels.get("part.responsibilities.job"), blocks);
      }
      case QUALIFICATIONS -> {
        addBullets(blocks, qualifications(job.getQualifications()));
        addGroup(blocks, labels.get("part.qualifications.role"), bullets(qualifications(role.getQualifications())));
        return new OutlinePart(part, labels.get("part.qualifications"), blocks);
      }
      case PAY -> {
        job.getPay().ifPresent(pay -> pay(blocks, pay));
        job.getOtherCompensation()
            .ifPresent(c -> addFacts(blocks, List.of(Fact.of(labels.get("pay.otherCompensation"), c))));
        addGroup(blocks, labels.get("pay.market"), bullets(marketPay(role.getMarketPay())));
        return new OutlinePart(part, labels.get("part.pay"), blocks);
      }
      case BENEFITS -> {
        addBullets(blocks, job.getBenefits().stream().map(this::benefit).toList());
        return new OutlinePart(part, labels.get("part.benefits"), blocks);
      }
      case DETAILS -> {
        addFacts(blocks, details(job));
        job.getExistingVacancy().ifPresent(existing -> blocks.add(vacancy(existing)));
        return new OutlinePart(part, labels.get("part.details"), blocks);
      }
      case APPLICATION -> {
        job.getApplication().ifPresent(a -> application(blocks, a));
        return new OutlinePart(part, labels.get("part.application"), blocks);
      }
      case STATEMENTS -> {
        job.getEqualOpportunity().ifPresent(s -> blocks.add(new Paragraph(s)));
        job.getAccommodation().ifPresent(s -> blocks.add(new Paragraph(s)));
        return new OutlinePart(part, labels.get("part.statements"), blocks);
      }
      case SECTIONS -> {
        Stream.concat(role.getSections().stream(), job.getSections().stream())
            .forEach(s -> blocks.add(section(s)));
        return new OutlinePart(part, labels.get("part.sections"), blocks);
      }
      default -> {
        return rolePart(part, role);
      }
    }
  }

  private OutlinePart rolePart(Part part, Role role) {
    List<Block> blocks = new ArrayList<>();
    String heading =
        switch (part) {
          case TITLE -> {
            addFacts(blocks, titleFacts(role));
            yield role.getTitle();
          }
          case SUMMARY -> {
            blocks.addAll(paragraphs(role.getSummary()));
            yield labels.get("part.summary.role");
          }
          case RESPONSIBILITIES -> {
            addBullets(blocks, responsibilities(role.getDuties()));
            yield labels.get("part.responsibilities.role");
          }
          case QUALIFICATIONS -> {
            addBullets(blocks, qualifications(role.getQualifications()));
            yield labels.get("part.qualifications");
          }
          case EXPERIENCE -> {
            role.getExperienceTiers().forEach(t -> blocks.add(tier(t)));
            yield labels.get("part.experience");
          }
          case PAY -> {
            addBullets(blocks, marketPay(role.getMarketPay()));
            yield labels.get("pay.market");
          }
          case DETAILS -> {
            role.getId().ifPresent(id -> addFacts(blocks, List.of(Fact.of(labels.get("details.id"), id))));
            yield labels.get("part.details");
          }
          case SECTIONS -> {
            role.getSections().forEach(s -> blocks.add(section(s)));
            yield labels.get("part.sections");
          }
          case FAQS -> {
            role.getFaqs().forEach(f -> blocks.add(faq(f)));
            yield labels.get("part.faqs");
          }
          case BENEFITS -> labels.get("part.benefits");
          case APPLICATION -> labels.get("part.application");
          case STATEMENTS -> labels.get("part.statements");
        };
    return new OutlinePart(part, heading, blocks);
  }

  private List<Fact> titleFacts(Role role) {
    List<Fact> facts = new ArrayList<>();
    if (!role.getAlternateTitles().isEmpty()) {
      facts.add(Fact.of(labels.get("part.title.alternateTitles"), String.join(", ", role.getAlternateTitles())));
    }
    if (!role.getOccupations().isEmpty()) {
      facts.add(
          Fact.of(
              labels.get("part.title.occupations"),
              role.getOccupations().stream().map(Outliner::occupation).collect(Collectors.joining("; "))));
    }
    return facts;
  }

  private static String occupation(OccupationCode code) {
    return Stream.of(
            Optional.of(code.getScheme()), code.getVersion(), Optional.of(code.getCode()), code.getName())
        .flatMap(Optional::stream)
        .collect(Collectors.joining(" "));
  }

  private List<Item> responsibilities(List<Responsibility> responsibilities) {
    return responsibilities.stream()
        .map(
            r -> {
              List<String> notes = new ArrayList<>();
              r.getCategory().ifPresent(c -> notes.add(labels.get("responsibility.category", c)));
              if (!r.isEssential()) {
                notes.add(labels.get("responsibility.nonEssential"));
              }
              return new Item(r.getText(), Optional.empty(), notes, Optional.empty());
            })
        .toList();
  }

  /** Required qualifications first, then preferred ones, labelled; each keeps its order. */
  private List<Item> qualifications(List<Qualification> qualifications) {
    return qualifications.stream()
        .sorted(Comparator.comparing(Qualification::getNecessity))
        .map(this::qualification)
        .toList();
  }

  private Item qualification(Qualification q) {
    List<String> notes = new ArrayList<>();
    if (q.getKind() != QualificationKind.OTHER) {
      notes.add(
          q.getEducationLevel()
              .map(level -> labels.get("qualification.kindAndLevel", labels.of(q.getKind()), labels.of(level)))
              .orElse(labels.of(q.getKind())));
    }
    if (q.isObtainableAfterHire()) {
      notes.add(labels.get("qualification.obtainableAfterHire"));
    }
    Optional<String> marker =
        q.getNecessity() == Necessity.PREFERRED
            ? Optional.of(labels.get("qualification.preferred"))
            : Optional.empty();
    return new Item(q.getText(), marker, notes, q.getDetail());
  }

  private Group tier(ExperienceTier tier) {
    String years = format.years(tier.getMinYears(), tier.getMaxYears().orElse(null));
    return new Group(tier.getLevel() + " (" + years + ")", paragraphs(tier.getSummary()));
  }

  private void pay(List<Block> blocks, PayRange pay) {
    addFacts(blocks, List.of(Fact.of(labels.get("pay.range"), format.payRange(pay))));
    pay.getNote().ifPresent(note -> blocks.add(new Paragraph(note)));
  }

  private List<Item> marketPay(List<MarketPay> figures) {
    return figures.stream()
        .map(
            m -> {
              String amount = format.perPeriod(format.money(m.getAmount(), m.getCurrency()), m.getPeriod());
              List<String> notes = new ArrayList<>();
              m.getLocation().ifPresent(notes::add);
              m.getAsOf().ifPresent(d -> notes.add(labels.get("pay.asOf", format.partialDate(d))));
              m.getSource().ifPresent(s -> notes.add(labels.get("pay.source", s)));
              m.getScope().ifPresent(s -> notes.add(labels.get("pay.scope", s)));
              String text = labels.get("pay.marketFigure", labels.of(m.getStatistic()), amount);
              return new Item(text, Optional.empty(), notes, Optional.empty());
            })
        .toList();
  }

  private Item benefit(Benefit benefit) {
    List<String> notes = benefit.getCategory().map(c -> List.of(labels.of(c))).orElse(List.of());
    return new Item(benefit.getName(), Optional.empty(), notes, Optional.empty());
  }

  private List<Fact> details(JobDescription job) {
    List<Fact> facts = new ArrayList<>();
    job.getId().ifPresent(id -> facts.add(Fact.of(labels.get("details.id"), id)));
    job.getRole().getId().ifPresent(id -> facts.add(Fact.of(labels.get("details.roleId"), id)));
    job.getOrganization().ifPresent(o -> organization(facts, o));
    job.getReportsTo().ifPresent(r -> facts.add(Fact.of(labels.get("details.reportsTo"), r)));
    job.getEmployment().ifPresent(e -> employment(facts, e));
    job.getWorkplace().ifPresent(w -> workplace(facts, w));
    job.getDates().ifPresent(d -> dates(facts, d));
    return facts;
  }

  private void organization(List<Fact> facts, Organization organization) {
    facts.add(Fact.of(labels.get("details.organization"), organization.getName()));
    // The address itself, not only a link on the name: text has no links.
    organization.getUrl().ifPresent(u -> facts.add(new Fact(labels.get("details.website"), u, link(u))));
    organization.getDepartment().ifPresent(d -> facts.add(Fact.of(labels.get("details.department"), d)));
  }

  private void employment(List<Fact> facts, Employment employment) {
    if (!employment.getTypes().isEmpty()) {
      facts.add(
          Fact.of(
              labels.get("details.employmentTypes"),
              employment.getTypes().stream().map(labels::of).collect(Collectors.joining(", "))));
    }
    employment.getHoursPerWeek().ifPresent(h -> facts.add(Fact.of(labels.get("details.hoursPerWeek"), format.number(h))));
    employment.getSchedule().ifPresent(s -> facts.add(Fact.of(labels.get("details.schedule"), s)));
  }

  private void workplace(List<Fact> facts, Workplace workplace) {
    facts.add(Fact.of(labels.get("details.arrangement"), labels.of(workplace.getArrangement())));
    workplace.getLocations().forEach(l -> facts.add(Fact.of(labels.get("details.locations"), address(l))));
    if (!workplace.getApplicantRegions().isEmpty()) {
      facts.add(Fact.of(labels.get("details.applicantRegions"), String.join(", ", workplace.getApplicantRegions())));
    }
    workplace.getEnvironment().ifPresent(e -> facts.add(Fact.of(labels.get("details.environment"), e)));
    workplace.getTravel().ifPresent(t -> facts.add(Fact.of(labels.get("details.travel"), t)));
  }

  private String address(Location location) {
    String country = new Locale("", location.getCountry()).getDisplayCountry(locale);
    return Stream.of(
            location.getStreetAddress(),
            location.getLocality(),
            location.getRegion(),
            location.getPostalCode(),
            Optional.of(country.isEmpty() ? location.getCountry() : country))
        .flatMap(Optional::stream)
        .collect(Collectors.joining(", "));
  }

  private void dates(List<Fact> facts, Dates dates) {
    dates.getPosted().ifPresent(d -> facts.add(Fact.of(labels.get("details.posted"), format.date(d))));
    dates.getValidThrough().ifPresent(d -> facts.add(Fact.of(labels.get("details.validThrough"), format.date(d))));
  }

  private void application(List<Block> blocks, Application application) {
    application.getInstructions().ifPresent(i -> blocks.add(new Paragraph(i)));
    List<Fact> facts = new ArrayList<>();
    application.getUrl().ifPresent(u -> facts.add(new Fact(labels.get("application.url"), u, link(u))));
    application.getEmail().ifPresent(e -> facts.add(new Fact(labels.get("application.email"), e, Optional.of(e).filter(x -> EMAIL.matcher(x).matches()).map(x -> "mailto:" + x))));
    application.getDeadline().ifPresent(d -> facts.add(Fact.of(labels.get("application.deadline"), format.date(d))));
    addFacts(blocks, facts);
    if (application.isRolling()) {
      blocks.add(new Paragraph(labels.get("application.rolling")));
    }
    application.getAiScreening().ifPresent(used -> blocks.add(aiScreening(used)));
  }

  // Both answers are statements: "not used" and "not an existing vacancy" are disclosures too,
  // and Ontario requires a posting to make one or the other. Absent, the document says nothing.
  private Paragraph aiScreening(boolean used) {
    return new Paragraph(labels.get(used ? "application.aiScreening" : "application.noAiScreening"));
  }

  private Paragraph vacancy(boolean existing) {
    return new Paragraph(labels.get(existing ? "details.existingVacancy" : "details.noExistingVacancy"));
  }

  /** A link target for {@code url} only when it is an absolute http(s) URL: never javascript:. */
  private static Optional<String> link(String url) {
    return Optional.of(url).filter(HttpUrlValidator::isHttpUrl);
  }

  private static Group section(Section section) {
    List<Block> blocks = paragraphs(section.getParagraphs());
    if (!section.getItems().isEmpty()) {
      blocks.add(new Bullets(section.getItems().stream().map(Item::of).toList()));
    }
    return new Group(section.getHeading(), blocks);
  }

  private static Group faq(Faq faq) {
    return new Group(faq.getQuestion(), paragraphs(faq.getAnswer()));
  }

  private static List<Block> paragraphs(List<String> paragraphs) {
    List<Block> blocks = new ArrayList<>();
    paragraphs.forEach(p -> blocks.add(new Paragraph(p)));
    return blocks;
  }

  private static List<Block> bullets(List<Item> items) {
    return items.isEmpty() ? List.of() : List.of(new Bullets(items));
  }

  private static void addBullets(List<Block> blocks, List<Item> items) {
    blocks.addAll(bullets(items));
  }

  private static void addFacts(List<Block> blocks, List<Fact> facts) {
    if (!facts.isEmpty()) {
      blocks.add(new Facts(facts));
    }
  }

  private static void addGroup(List<Block> blocks, String heading, List<Block> content) {
    if (!content.isEmpty()) {
      blocks.add(new Group(heading, content));
    }
  }
}
