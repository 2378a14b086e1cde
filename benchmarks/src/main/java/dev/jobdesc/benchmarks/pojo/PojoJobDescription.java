package dev.jobdesc.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.jobdesc.model.BenefitCategory;
import dev.jobdesc.model.EducationLevel;
import dev.jobdesc.model.EmploymentType;
import dev.jobdesc.model.Necessity;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.QualificationKind;
import dev.jobdesc.model.Statistic;
import dev.jobdesc.model.WorkArrangement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A job description document of format v1 as a plain POJO: every key of model.md, the model's
 * enums, {@link BigDecimal} amounts, {@link Currency}, {@link Locale} and {@link LocalDate} as the
 * model has them, and the string shorthand of responsibilities, qualifications and benefits, so
 * that it binds the same canonical JSON bytes the library reads. Unknown keys fail, as Jackson's
 * default has it.
 */

public final class PojoJobDescription {
  public int version;
  public String kind;
  public String id;
  public Locale language;
  public PojoRole role;
  public String title;
  public PojoOrganization organization;
  public String reportsTo;
  public List<String> brief;
  public List<PojoResponsibility> responsibilities;
  public List<PojoQualification> qualifications;
  public PojoPay pay;
  public String otherCompensation;
  public List<PojoBenefit> benefits;
  public PojoEmployment employment;
  public PojoWorkplace workplace;
  public PojoDates dates;
  public PojoApplication application;
  public List<PojoSection> sections;
  public String equalOpportunity;
  public String accommodation;
  public Boolean existingVacancy;

  /** The role a job description embeds. */
  public static final class PojoRole {
    public String id;
    public Locale language;
    public String title;
    public List<String> alternateTitles;
    public List<PojoOccupationCode> occupations;
    public List<String> summary;
    public List<PojoResponsibility> duties;
    public List<PojoQualification> qualifications;
    public List<PojoExperienceTier> experienceTiers;
    public List<PojoMarketPay> marketPay;
    public List<PojoSection> sections;
    public List<PojoFaq> faqs;
  }

  /** An occupation code. */
  public static final class PojoOccupationCode {
    public String scheme;
    public String version;
    public String code;
    public String name;
  }

  /** A responsibility: an object, or its text alone. */
  public static final class PojoResponsibility {
    public String text;
    public Boolean essential;
    public String category;

    public PojoResponsibility() {}

    @JsonCreator
    public PojoResponsibility(String text) {
      this.text = text;
    }
  }

  /** A qualification: an object, or its text alone. */
  public static final class PojoQualification {
    public String text;
    public QualificationKind kind;
    public Necessity necessity;
    public EducationLevel educationLevel;
    public Boolean obtainableAfterHire;
    public String detail;

    public PojoQualification() {}

    @JsonCreator
    public PojoQualification(String text) {
      this.text = text;
    }
  }

  /** An experience tier. */
  public static final class PojoExperienceTier {
    public String level;
    public BigDecimal minYears;
    public BigDecimal maxYears;
    public List<String> summary;
  }

  /** A market pay figure. */
  public static final class PojoMarketPay {
    public Statistic statistic;
    public BigDecimal amount;
    public Currency currency;
    public PayPeriod period;
    public String location;
    public String source;
    public String asOf;
    public String scope;
  }

  /** A section of free text. */
  public static final class PojoSection {
    public String heading;
    public List<String> paragraphs;
    public List<String> items;
  }

  /** A question and its answer. */
  public static final class PojoFaq {
    public String question;
    public List<String> answer;
  }

  /** The hiring organization. */
  public static final class PojoOrganization {
    public String name;
    public String url;
    public String department;
  }

  /** The pay range. */
  public static final class PojoPay {
    public BigDecimal minimum;
    public BigDecimal maximum;
    public Currency currency;
    public PayPeriod period;
    public String note;
  }

  /** A benefit: an object, or its name alone. */
  public static final class PojoBenefit {
    public String name;
    public BenefitCategory category;

    public PojoBenefit() {}

    @JsonCreator
    public PojoBenefit(String name) {
      this.name = name;
    }
  }

  /** The employment terms. */
  public static final class PojoEmployment {
    public List<EmploymentType> types;
    public BigDecimal hoursPerWeek;
    public String schedule;
  }

  /** Where the work is done. */
  public static final class PojoWorkplace {
    public WorkArrangement arrangement;
    public List<PojoLocation> locations;
    public List<String> applicantRegions;
    public String environment;
    public String travel;
  }

  /** A location. */
  public static final class PojoLocation {
    public String locality;
    public String region;
    public String postalCode;
    public String country;
    public String streetAddress;
  }

  /** The posting's dates. */
  public static final class PojoDates {
    public LocalDate posted;
    public LocalDate validThrough;
  }

  /** How to apply. */
  public static final class PojoApplication {
    public String instructions;
    public String url;
    public String email;
    public LocalDate deadline;
    public Boolean rolling;
    public Boolean aiScreening;
  }
}
