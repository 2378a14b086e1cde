package dev.jobdesc.testkit;

import dev.jobdesc.io.ReadLimits;
import dev.jobdesc.model.Application;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.BenefitCategory;
import dev.jobdesc.model.Dates;
import dev.jobdesc.model.EducationLevel;
import dev.jobdesc.model.Employment;
import dev.jobdesc.model.EmploymentType;
import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.model.Faq;
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
import dev.jobdesc.model.Section;
import dev.jobdesc.model.Statistic;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The value types of one document, each valid under the {@code structure} profile, in the
 * document's language. Limits of model.md are met exactly now and then, never exceeded.
 */
final class ValueGenerator {
  // model.md's length limits, in UTF-16 characters as Bean Validation's @Size counts them
  static final int TITLE_MAX = 120;
  static final int ITEM_TEXT_MAX = 1000;
  static final int HEADING_MAX = 200;
  static final int LEVEL_MAX = 60;
  static final int STRING_MAX = ReadLimits.DEFAULTS.maxStringLength();

  private static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

  private final Chance chance;
  private final Text text;
  private final Amounts amounts;
  private final Codes codes;

  ValueGenerator(Chance chance, Text text, Codes codes) {
    this.chance = chance;
    this.text = text;
    this.amounts = new Amounts(chance);
    this.codes = codes;
  }

  String id() {
    return codes.id();
  }

  String title() {
    return chance.oneIn(20) ? text.exactly(TITLE_MAX) : text.phrase(8, TITLE_MAX);
  }

  /** A name, category, department and the like: a few words. */
  String name() {
    return text.phrase(4, STRING_MAX);
  }

  /** Free text, up to the 10,000-character string limit. */
  String paragraph() {
    return text.paragraph(STRING_MAX);
  }

  Responsibility responsibility() {
    return Responsibility.builder()
        .text(text.sentence(ITEM_TEXT_MAX))
        .essential(!chance.oneIn(4))
        .category(chance.maybe(this::name))
        .build();
  }

  Qualification qualification() {
    QualificationKind kind = chance.pick(QualificationKind.class);
    return Qualification.builder()
        .text(text.sentence(ITEM_TEXT_MAX))
        .kind(kind)
        .necessity(chance.pick(Necessity.class))
        .educationLevel(
            kind == QualificationKind.EDUCATION
                ? chance.maybe(() -> chance.pick(EducationLevel.class))
                : Optional.empty())
        .obtainableAfterHire(chance.oneIn(4))
        .detail(chance.maybe(this::paragraph))
        .build();
  }

  /**
   * Tiers in strictly increasing {@code minYears}, each {@code maxYears} between its own minimum
   * and the next tier's, with unique levels.
   */
  List<ExperienceTier> experienceTiers() {
    int count = chance.oneIn(3) ? 0 : chance.between(1, 8);
    List<ExperienceTier> tiers = new ArrayList<>(count);
    Set<String> levels = new HashSet<>();
    BigDecimal min = amounts.years(0, 3);
    for (int i = 0; i < count; i++) {
      BigDecimal nextMin = min.add(amounts.years(1, 4));
      boolean last = i == count - 1;
      BigDecimal max =
          switch (chance.between(0, 2)) {
            case 0 -> null; // open-ended
            case 1 -> min;
            default -> last ? min.add(amounts.years(0, 10)) : nextMin;
          };
      tiers.add(
          ExperienceTier.builder()
              .level(uniqueLevel(levels))
              .minYears(min)
              .maxYears(Optional.ofNullable(max))
              .summary(chance.fewOf(0, this::paragraph))
              .build());
      min = nextMin;
    }
    return tiers;
  }

  MarketPay marketPay() {
    Currency currency = amounts.currency();
    return MarketPay.builder()
        .statistic(chance.pick(Statistic.class))
        .amount(amounts.money(currency))
        .currency(currency)
        .period(chance.pick(PayPeriod.class))
        .location(chance.maybe(this::name))
        .source(chance.maybe(this::name))
        .asOf(chance.maybe(this::partialDate))
        .scope(chance.maybe(this::paragraph))
        .build();
  }

  /** A closed, fixed ({@code minimum = maximum}) or open-ended range. */
  PayRange payRange() {
    Currency currency = amounts.currency();
    BigDecimal amount = amounts.money(currency);
    PayRange.Builder pay =
        PayRange.builder()
            .currency(currency)
            .period(chance.pick(PayPeriod.class))
            .note(chance.maybe(this::paragraph));
    return switch (chance.between(0, 3)) {
      case 0 -> pay.minimum(amount).build(); // "from …"
      case 1 -> pay.maximum(amount).build(); // "up to …"
      default -> pay.minimum(amount).maximum(amounts.moneyFrom(amount, currency)).build();
    };
  }

  Benefit benefit() {
    return Benefit.builder()
        .name(name())
        .category(chance.maybe(() -> chance.pick(BenefitCategory.class)))
        .build();
  }

  Organization organization() {
    return Organization.builder()
        .name(name())
        .url(chance.maybe(codes::url))
        .department(chance.maybe(this::name))
        .build();
  }

  /** One or more employment types, no repeats. */
  Employment employment() {
    return Employment.builder()
        .types(chance.distinct(EmploymentType.class))
        .hoursPerWeek(chance.maybe(amounts::hoursPerWeek))
        .schedule(chance.maybe(this::name))
        .build();
  }

  /**
   * A workplace consistent with its arrangement: {@code REMOTE} with applicant regions, the others
   * with locations; each may also have the other list.
   */
  Workplace workplace() {
    WorkArrangement arrangement = chance.pick(WorkArrangement.class);
    boolean remote = arrangement == WorkArrangement.REMOTE;
    return Workplace.builder()
        .arrangement(arrangement)
        .locations(chance.listOf(remote ? 0 : 1, this::location))
        .applicantRegions(chance.listUpToLimitOf(remote ? 1 : 0, codes::region))
        .environment(chance.maybe(this::paragraph))
        .travel(chance.maybe(this::name))
        .build();
  }

  Location location() {
    return Location.builder()
        .locality(chance.maybe(this::name))
        .region(chance.maybe(this::name))
        .postalCode(chance.maybe(codes::postalCode))
        .country(codes.country())
        .streetAddress(chance.maybe(this::name))
        .build();
  }

  /** At least one of instructions, URL and e-mail address. */
  Application application() {
    Application application =
        Application.builder()
            .instructions(chance.maybe(this::paragraph))
            .url(chance.maybe(codes::url))
            .email(chance.maybe(codes::email))
            .deadline(chance.maybe(this::date))
            .rolling(chance.oneIn(3))
            .aiScreening(chance.maybe(chance::coin))
            .build();
    boolean hasRoute =
        application.getInstructions().isPresent()
            || application.getUrl().isPresent()
            || application.getEmail().isPresent();
    return hasRoute ? application : application.withEmail(codes.email());
  }

  /** Posted and valid through, in order; the same day now and then. */
  Dates dates() {
    LocalDate posted = date();
    return Dates.builder()
        .posted(chance.maybe(() -> posted))
        .validThrough(chance.maybe(() -> posted.plusDays(chance.between(0, 365))))
        .build();
  }

  /** Paragraphs, items or both. */
  Section section() {
    List<String> paragraphs = chance.fewOf(0, this::paragraph);
    return Section.builder()
        .heading(chance.oneIn(40) ? text.exactly(HEADING_MAX) : text.phrase(10, HEADING_MAX))
        .paragraphs(paragraphs)
        .items(chance.fewOf(paragraphs.isEmpty() ? 1 : 0, () -> text.sentence(ITEM_TEXT_MAX)))
        .build();
  }

  Faq faq() {
    return Faq.builder()
        .question(text.sentence(ITEM_TEXT_MAX))
        .answer(chance.fewOf(1, this::paragraph))
        .build();
  }

  OccupationCode occupationCode() {
    return codes
        .occupationCode()
        .version(codes.occupationVersion())
        .name(chance.maybe(this::name))
        .build();
  }

  /** The document's language, which all its text is in. */
  Locale language() {
    return text.locale();
  }

  private LocalDate date() {
    return LocalDate.ofEpochDay(chance.between(EARLIEST.toEpochDay(), LATEST.toEpochDay()));
  }

  /** {@code YYYY-MM} or {@code YYYY-MM-DD}, as a market pay figure's {@code asOf}. */
  private String partialDate() {
    String day = date().toString();
    return chance.oneIn(2) ? day.substring(0, 7) : day;
  }

  /** A level name not in {@code taken}, at most 60 characters; adds it to {@code taken}. */
  private String uniqueLevel(Set<String> taken) {
    String level = chance.oneIn(20) ? text.exactly(LEVEL_MAX) : text.phrase(3, LEVEL_MAX);
    for (int attempt = 2; !taken.add(level); attempt++) {
      String suffix = " " + attempt;
      level = text.phrase(3, LEVEL_MAX - suffix.length()) + suffix;
    }
    return level;
  }
}
