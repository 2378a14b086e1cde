package dev.jobdesc.testkit;

import dev.jobdesc.model.Application;
import dev.jobdesc.model.Dates;
import dev.jobdesc.model.EducationLevel;
import dev.jobdesc.model.Employment;
import dev.jobdesc.model.EmploymentType;
import dev.jobdesc.model.ExperienceTier;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.MarketPay;
import dev.jobdesc.model.OccupationCode;
import dev.jobdesc.model.Organization;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.Section;
import dev.jobdesc.model.Statistic;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One way to break a valid job description so that exactly one rule of the {@code structure}
 * profile fails, and nothing else: {@link #apply} returns the broken document with the rule id
 * and JSON Pointer of the one finding the validator must report. Use them to test that your code
 * rejects, reports or survives invalid documents:
 *
 * <pre>{@code
 * JobDescription valid = DocumentGenerator.withSeed(seed).jobDescription();
 * InvalidDocument invalid = Breakage.DATES_ORDER.apply(valid, new SplittableRandom(seed));
 * Findings.assertExactly(validator.validate(invalid.document()), invalid.ruleId(), invalid.path());
 * }</pre>
 *
 * <p>Each breakage keeps the rest of the document as it was, except that a list item it adds takes
 * a random position (or an item's place, in a list at the reader's 500-item limit). The broken
 * document can be written and read back, so it also tests readers and tools that take files.
 *
 * @since 0.1
 */
public enum Breakage {
  /** A pay minimum above the maximum. */
  PAY_RANGE_ORDER("structure.pay.range-order") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      BigDecimal maximum = BigDecimal.valueOf(chance.between(1, 100_000));
      PayRange pay =
          unboundedPay(valid, chance).withMinimum(maximum.add(BigDecimal.ONE)).withMaximum(maximum);
      return broken(valid.withPay(pay), "/pay/minimum");
    }
  },

  /** A pay amount with more fraction digits than its currency has (e.g. 12.345 USD). */
  PAY_FRACTION_DIGITS("structure.pay.fraction-digits") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      PayRange pay = unboundedPay(valid, chance);
      int allowed = pay.getCurrency().getDefaultFractionDigits();
      long unscaled = chance.between(1L, 9_999_999L) * 10 + chance.between(1, 9); // last digit ≠ 0
      BigDecimal minimum = BigDecimal.valueOf(unscaled, allowed + 1);
      return broken(valid.withPay(pay.withMinimum(minimum)), "/pay/minimum");
    }
  },

  /** A pay range with neither minimum nor maximum. */
  PAY_WITHOUT_BOUNDS("structure.pay.bounds") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      return broken(valid.withPay(unboundedPay(valid, chance)), "/pay");
    }
  },

  /** A pay minimum of zero. */
  PAY_NOT_POSITIVE("structure.range") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      PayRange pay = unboundedPay(valid, chance).withMinimum(BigDecimal.ZERO);
      return broken(valid.withPay(pay), "/pay/minimum");
    }
  },

  /** A tier whose {@code minYears} does not exceed the previous tier's. */
  TIER_ORDER("structure.experience-tiers.order") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      List<ExperienceTier> tiers = tiersWithRoom(valid);
      int last = tiers.size() - 1;
      ExperienceTier previous = tiers.get(last).withMaxYears(Optional.empty()); // no overlap too
      tiers.set(last, previous);
      BigDecimal minYears = chance.oneIn(2) ? previous.getMinYears() : BigDecimal.ZERO;
      tiers.add(tier(newLevel(tiers), minYears));
      return broken(withTiers(valid, tiers), tierPath(last + 1, "minYears"));
    }
  },

  /** A tier whose {@code maxYears} runs past the next tier's {@code minYears}. */
  TIER_OVERLAP("structure.experience-tiers.overlap") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      List<ExperienceTier> tiers = tiersWithRoom(valid);
      int last = tiers.size() - 1;
      BigDecimal minYears = tiers.get(last).getMinYears();
      tiers.set(last, tiers.get(last).withMaxYears(minYears.add(BigDecimal.valueOf(3))));
      tiers.add(tier(newLevel(tiers), minYears.add(BigDecimal.valueOf(2))));
      return broken(withTiers(valid, tiers), tierPath(last, "maxYears"));
    }
  },

  /** Two tiers with the same level. */
  TIER_DUPLICATE_LEVEL("structure.experience-tiers.unique-level") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      List<ExperienceTier> tiers = tiersWithRoom(valid);
      String level = chance.pick(tiers).getLevel();
      tiers.add(tier(level, nextMinYears(tiers)));
      return broken(withTiers(valid, tiers), tierPath(tiers.size() - 1, "level"));
    }
  },

  /** A tier whose {@code maxYears} is below its own {@code minYears}. */
  TIER_YEARS("structure.experience-tiers.years") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      List<ExperienceTier> tiers = tiersWithRoom(valid);
      BigDecimal minYears = nextMinYears(tiers);
      BigDecimal maxYears = minYears.subtract(new BigDecimal("0.5"));
      tiers.add(tier(newLevel(tiers), minYears).withMaxYears(maxYears));
      return broken(withTiers(valid, tiers), tierPath(tiers.size() - 1, "maxYears"));
    }
  },

  /** A {@code validThrough} date before the {@code posted} date. */
  DATES_ORDER("structure.dates.order") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      LocalDate posted =
          valid.getDates().flatMap(Dates::getPosted).orElse(LocalDate.of(2025, 3, 1));
      LocalDate validThrough = posted.minusDays(chance.between(1, 365));
      Dates dates = Dates.builder().posted(posted).validThrough(validThrough).build();
      return broken(valid.withDates(dates), "/dates/validThrough");
    }
  },

  /** A {@code REMOTE} workplace without applicant regions. */
  REMOTE_WITHOUT_REGIONS("structure.workplace.remote-regions") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      Workplace workplace =
          workplaceOr(valid, WorkArrangement.REMOTE)
              .withArrangement(WorkArrangement.REMOTE)
              .withApplicantRegions(List.of());
      return broken(valid.withWorkplace(workplace), "/workplace/applicantRegions");
    }
  },

  /** An {@code ON_SITE} or {@code HYBRID} workplace without locations. */
  ON_SITE_WITHOUT_LOCATIONS("structure.workplace.locations") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      WorkArrangement arrangement =
          chance.pick(List.of(WorkArrangement.ON_SITE, WorkArrangement.HYBRID));
      Workplace workplace =
          workplaceOr(valid, arrangement).withArrangement(arrangement).withLocations(List.of());
      return broken(valid.withWorkplace(workplace), "/workplace/locations");
    }
  },

  /** An {@code educationLevel} on a qualification whose kind is not {@code EDUCATION}. */
  EDUCATION_LEVEL_ON_OTHER_KIND("structure.qualification.education-level") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      List<Qualification> qualifications = new ArrayList<>(valid.getQualifications());
      int index = chance.between(0, qualifications.size() - 1);
      QualificationKind kind =
          chance.pick(
              Arrays.stream(QualificationKind.values())
                  .filter(k -> k != QualificationKind.EDUCATION)
                  .toList());
      qualifications.set(
          index,
          qualifications
              .get(index)
              .withKind(kind)
              .withEducationLevel(chance.pick(EducationLevel.class)));
      return broken(
          valid.withQualifications(qualifications), "/qualifications/" + index + "/educationLevel");
    }
  },

  /** An application with neither instructions, URL nor e-mail address. */
  APPLICATION_WITHOUT_ROUTE("structure.application.route") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      Optional<Application> existing = valid.getApplication();
      Application application =
          Application.builder()
              .deadline(existing.flatMap(Application::getDeadline))
              .rolling(existing.map(Application::isRolling).orElse(true)) // says something still
              .aiScreening(existing.flatMap(Application::getAiScreening))
              .build();
      return broken(valid.withApplication(application), "/application");
    }
  },

  /** A section with a heading but neither paragraphs nor items. */
  SECTION_WITHOUT_CONTENT("structure.section.content") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      List<Section> sections = new ArrayList<>(valid.getSections());
      Section empty = Section.builder().heading("Heading without content").build();
      int index = place(empty, sections, chance);
      return broken(valid.withSections(sections), "/sections/" + index);
    }
  },

  /** An O*NET-SOC code not of the form {@code NN-NNNN} or {@code NN-NNNN.NN}. */
  OCCUPATION_CODE("structure.occupation.code") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      List<OccupationCode> occupations = new ArrayList<>(valid.getRole().getOccupations());
      String code =
          chance.pick(List.of("21-1094.0", "211094", "21-10944", "21–1094.00", "21-1094.00a"));
      OccupationCode occupation =
          OccupationCode.builder().scheme(OccupationCode.ONET_SOC).code(code).build();
      int index = place(occupation, occupations, chance);
      return broken(
          valid.withRole(valid.getRole().withOccupations(occupations)),
          "/role/occupations/" + index + "/code");
    }
  },

  /** A location whose country is not an ISO 3166-1 alpha-2 code. */
  COUNTRY_CODE("structure.code.country") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      Workplace workplace = workplaceOr(valid, WorkArrangement.ON_SITE);
      List<Location> locations = new ArrayList<>(workplace.getLocations());
      String country = chance.pick(List.of("UK", "us", "USA", "XX", "U.S."));
      int index = place(Location.builder().country(country).build(), locations, chance);
      return broken(
          valid.withWorkplace(workplace.withLocations(locations)),
          "/workplace/locations/" + index + "/country");
    }
  },

  /** An applicant region that is neither a country nor a subdivision code. */
  REGION_CODE("structure.code.region") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      Workplace workplace = workplaceOr(valid, WorkArrangement.REMOTE);
      List<String> regions = new ArrayList<>(workplace.getApplicantRegions());
      String region = chance.pick(List.of("US-XX", "USA", "us-co", "US_CO", "CA-ONT", "XX-01"));
      int index = place(region, regions, chance);
      return broken(
          valid.withWorkplace(workplace.withApplicantRegions(regions)),
          "/workplace/applicantRegions/" + index);
    }
  },

  /** An organization URL that is not an absolute {@code http}/{@code https} URL. */
  NON_HTTP_URL("structure.url") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      Organization organization =
          valid.getOrganization().orElseGet(() -> Organization.builder().name("Example").build());
      String url =
          chance.pick(
              List.of("ftp://example.com/jobs", "www.example.com", "mailto:jobs@example.com",
                  "javascript:alert(1)", "https:///jobs", "/careers"));
      return broken(valid.withOrganization(organization.withUrl(url)), "/organization/url");
    }
  },

  /** A market pay figure whose {@code asOf} is neither {@code YYYY-MM} nor a date. */
  MARKET_PAY_AS_OF("structure.date") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      List<MarketPay> marketPay = new ArrayList<>(valid.getRole().getMarketPay());
      String asOf = chance.pick(List.of("2024-13", "2024/05", "May 2024", "2023-02-29", "24-05"));
      MarketPay figure =
          MarketPay.builder()
              .statistic(Statistic.MEDIAN)
              .amount(BigDecimal.valueOf(50_000))
              .currency(Currency.getInstance("USD"))
              .period(PayPeriod.YEAR)
              .asOf(asOf)
              .build();
      int index = place(figure, marketPay, chance);
      return broken(
          valid.withRole(valid.getRole().withMarketPay(marketPay)),
          "/role/marketPay/" + index + "/asOf");
    }
  },

  /** A role title over 120 characters. */
  TITLE_TOO_LONG("structure.length") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      Role role = valid.getRole();
      StringBuilder title = new StringBuilder(role.getTitle());
      while (title.length() <= ValueGenerator.TITLE_MAX) {
        title.append(' ').append(role.getTitle()); // whole copies: never splits a surrogate pair
      }
      return broken(valid.withRole(role.withTitle(title.toString())), "/role/title");
    }
  },

  /** No responsibilities at all. */
  RESPONSIBILITIES_EMPTY("structure.required") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      return broken(valid.withResponsibilities(List.of()), "/responsibilities");
    }
  },

  /** An application e-mail address that is not one. */
  EMAIL("structure.email") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      Application application =
          valid.getApplication().orElseGet(() -> Application.builder().build());
      String email =
          chance.pick(
              List.of("jobs at example.com", "@example.com", "jobs@@example.com", "jobs@exa mple"));
      return broken(valid.withApplication(application.withEmail(email)), "/application/email");
    }
  },

  /** Hours per week outside 1–80. */
  HOURS_PER_WEEK("structure.range") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      BigDecimal hours = new BigDecimal(chance.pick(List.of("0", "0.5", "80.01", "81", "168")));
      return broken(
          valid.withEmployment(employmentOf(valid).withHoursPerWeek(hours)),
          "/employment/hoursPerWeek");
    }
  },

  /** An employment type listed twice. */
  EMPLOYMENT_TYPE_REPEATED("structure.unique") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      Employment employment = employmentOf(valid);
      List<EmploymentType> types = new ArrayList<>(employment.getTypes());
      types.add(chance.between(0, types.size()), chance.pick(types));
      return broken(valid.withEmployment(employment.withTypes(types)), "/employment/types");
    }
  },

  /** An id outside {@code [A-Za-z0-9._-]{1,64}}. */
  ID_PATTERN("structure.pattern") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      String id = chance.pick(List.of("job 42", "job#42", "réf-1", "job/42", "A".repeat(65)));
      return broken(valid.withId(id), "/id");
    }
  },

  /** A language tag whose language is not an ISO 639 code. */
  LANGUAGE("structure.code.language") {
    @Override
    InvalidDocument breakIn(JobDescription valid, Chance chance) {
      Locale language = Locale.forLanguageTag(chance.pick(List.of("xx", "zz-ZZ", "qq-US")));
      return broken(valid.withLanguage(language), "/language");
    }
  };

  private final String ruleId;

  Breakage(String ruleId) {
    this.ruleId = ruleId;
  }

  /** {@return the rule id of the one finding this breakage causes, e.g. {@code structure.dates.order}} */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Breaks {@code valid} in this one way, drawing any choice from {@code random}.
   *
   * @param valid a document with no {@code structure} findings, e.g. from {@link DocumentGenerator}
   * @param random the source of choices, such as a seeded {@link java.util.SplittableRandom}
   * @return the broken document with its expected finding
   */
  public InvalidDocument apply(JobDescription valid, RandomGenerator random) {
    Objects.requireNonNull(valid, "valid");
    return breakIn(valid, new Chance(Objects.requireNonNull(random, "random")));
  }

  abstract InvalidDocument breakIn(JobDescription valid, Chance chance);

  InvalidDocument broken(JobDescription document, String path) {
    return new InvalidDocument(this, document, path);
  }

  /** The document's pay without its bounds, or a new one without bounds. */
  private static PayRange unboundedPay(JobDescription valid, Chance chance) {
    PayRange.Builder pay = PayRange.builder();
    valid
        .getPay()
        .ifPresentOrElse(
            existing -> pay.from(existing).minimum(Optional.empty()).maximum(Optional.empty()),
            () ->
                pay.currency(chance.pick(Amounts.CURRENCIES)).period(chance.pick(PayPeriod.class)));
    return pay.build();
  }

  private static Workplace workplaceOr(JobDescription valid, WorkArrangement arrangement) {
    return valid
        .getWorkplace()
        .orElseGet(() -> Workplace.builder().arrangement(arrangement).build());
  }

  private static Employment employmentOf(JobDescription valid) {
    return valid
        .getEmployment()
        .orElseGet(() -> Employment.builder().addTypes(EmploymentType.FULL_TIME).build());
  }

  /**
   * The role's tiers, with one added when it has none and the first removed when they are at the
   * list limit, so that a tier can be appended. Removing the first keeps the others valid.
   */
  private static List<ExperienceTier> tiersWithRoom(JobDescription valid) {
    List<ExperienceTier> tiers = new ArrayList<>(valid.getRole().getExperienceTiers());
    if (tiers.isEmpty()) {
      tiers.add(tier("Entry level", BigDecimal.ZERO));
    }
    if (tiers.size() >= Chance.MAX_LIST_SIZE) {
      tiers.remove(0);
    }
    return tiers;
  }

  /**
   * Puts {@code item} at a random position of {@code list}, replacing the item there when the list
   * is at the reader's limit, and returns the position.
   */
  private static <T> int place(T item, List<T> list, Chance chance) {
    if (list.size() < Chance.MAX_LIST_SIZE) {
      int index = chance.between(0, list.size());
      list.add(index, item);
      return index;
    }
    int index = chance.between(0, list.size() - 1);
    list.set(index, item);
    return index;
  }

  /** The lowest {@code minYears} of a tier appended to {@code tiers} that keeps them valid. */
  private static BigDecimal nextMinYears(List<ExperienceTier> tiers) {
    if (tiers.isEmpty()) {
      return BigDecimal.ONE;
    }
    ExperienceTier last = tiers.get(tiers.size() - 1);
    BigDecimal afterMin = last.getMinYears().add(BigDecimal.ONE);
    return last.getMaxYears().map(afterMin::max).orElse(afterMin);
  }

  private static String newLevel(List<ExperienceTier> tiers) {
    for (int n = tiers.size() + 1; ; n++) {
      String level = "Level " + n;
      if (tiers.stream().noneMatch(t -> t.getLevel().equals(level))) {
        return level;
      }
    }
  }

  private static ExperienceTier tier(String level, BigDecimal minYears) {
    return ExperienceTier.builder().level(level).minYears(minYears).build();
  }

  private static JobDescription withTiers(JobDescription valid, List<ExperienceTier> tiers) {
    return valid.withRole(valid.getRole().withExperienceTiers(tiers));
  }

  private static String tierPath(int index, String property) {
    return "/role/experienceTiers/" + index + "/" + property;
  }
}
