package dev.jobdesc.internal.rules.paytransparency;

import static dev.jobdesc.internal.rules.paytransparency.BenefitsRule.Detail.ALL_BENEFITS;
import static dev.jobdesc.internal.rules.paytransparency.BenefitsRule.Detail.GENERAL;
import static dev.jobdesc.internal.rules.paytransparency.PayRangeRule.Form.RANGE;
import static dev.jobdesc.internal.rules.paytransparency.PayRangeRule.Form.RANGE_OR_FIXED_RATE;

import dev.jobdesc.internal.rules.JobCheck;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.RuleCheck;
import dev.jobdesc.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code pay-transparency:<JURISDICTION>} profiles, one per row of the research's
 * jurisdiction table (section 2 of {@code anchors-lint-compliance.md}), and
 * {@code pay-transparency:auto}, which runs the rows that {@link AutoSelection} picks from the
 * posting's locations and applicant regions. Citations are as the research gives them. Laws with
 * employer-size thresholds apply here whatever the size, which the model does not record.
 */
public final class PayTransparencyProfiles {
  /** The name of the profile that picks jurisdictions from the posting. */
  public static final String AUTO = "pay-transparency:auto";

  private static final String CO = "Colorado Equal Pay for Equal Work Act, Part 2; POST Rules, 7 CCR 1103-18";
  private static final String NYC = "NYC Local Law 32 of 2022, as amended by Local Law 59 of 2022 (Int. 134-A)";
  private static final String NYS = "New York Labor Law §194-b";
  private static final String CA = "California Labor Code §432.3 (SB 1162; SB 642)";
  private static final String WA = "RCW 49.58.110 (SB 5761, as amended by SSB 5408)";
  private static final String IL = "Illinois Equal Pay Act of 2003, as amended by HB 3129";
  private static final String MD = "Maryland Wage Range Transparency Act (SB 525 / HB 649)";
  private static final String HI = "Hawaii Act 203 (SB 1057)";
  private static final String MA = "Massachusetts, An Act Relative to Salary Range Transparency";
  private static final String MN = "Minn. Stat. ch. 181 (2024 omnibus labor bill)";
  private static final String VT = "Vermont Act 155 (H.704)";
  private static final String NJ = "New Jersey S2310 (P.L. 2024, c.91)";
  private static final String BC = "British Columbia Pay Transparency Act";
  private static final String ON = "Ontario Employment Standards Act, 2000, Part III.1";
  private static final String EU = "Directive (EU) 2023/970";

  /** The table: what each jurisdiction's law asks of a posting, and where it says so. */
  private static final List<Law> LAWS = List.of(
      Law.of(Jurisdiction.US_CO, CO)
          .range(RANGE_OR_FIXED_RATE, CO + ", Rule 11.1.1(A) and 11.1.2; CDLE INFO #9")
          .otherCompensation(CO + ", Rule 11.1.1(B)")
          .benefits(ALL_BENEFITS, CO + ", Rule 11.1.1(C); CDLE INFO #9")
          .deadline(CO + ", Rule 11.1.1(D) and 11.1.3")
          .howToApply(CO + ", Rule 11.1.1(E)")
          .remoteExclusion("Colorado Equal Pay for Equal Work Act; CDLE INFO #9 (2021)"),
      Law.of(Jurisdiction.US_NY_NYC, NYC)
          .range(RANGE_OR_FIXED_RATE, NYC)
          .payUnit(NYC),
      Law.of(Jurisdiction.US_NY, NYS)
          .range(RANGE, NYS)
          .payUnit(NYS),
      Law.of(Jurisdiction.US_CA, CA)
          .range(RANGE, CA),
      Law.of(Jurisdiction.US_WA, WA)
          .range(RANGE_OR_FIXED_RATE, WA)
          .benefits(GENERAL, WA)
          .otherCompensation(WA),
      Law.of(Jurisdiction.US_IL, IL)
          .range(RANGE_OR_FIXED_RATE, IL)
          .benefits(GENERAL, IL)
          .otherCompensation(IL),
      Law.of(Jurisdiction.US_MD, MD)
          .range(RANGE, MD)
          .benefits(GENERAL, MD)
          .otherCompensation(MD),
      Law.of(Jurisdiction.US_HI, HI)
          .range(RANGE, HI)
          .reasonableRange(HI),
      Law.of(Jurisdiction.US_MA, MA)
          .range(RANGE, MA)
          .payUnit(MA),
      Law.of(Jurisdiction.US_MN, MN)
          .range(RANGE_OR_FIXED_RATE, MN)
          .benefits(GENERAL, MN)
          .otherCompensation(MN),
      Law.of(Jurisdiction.US_VT, VT)
          .range(RANGE_OR_FIXED_RATE, VT),
      Law.of(Jurisdiction.US_NJ, NJ)
          .range(RANGE_OR_FIXED_RATE, NJ)
          .benefits(GENERAL, NJ)
          .otherCompensation(NJ),
      Law.of(Jurisdiction.CA_BC, BC)
          .range(RANGE_OR_FIXED_RATE, BC)
          .noPayHistory(BC),
      Law.of(Jurisdiction.CA_ON, ON + "; O. Reg. 476/24")
          .range(RANGE_OR_FIXED_RATE, ON + "; O. Reg. 476/24")
          .ontarioRangeWidth(ON + "; O. Reg. 476/24")
          .aiScreening(ON + " (Working for Workers Four Act); O. Reg. 476/24")
          .existingVacancy(ON + " (Working for Workers Five Act)")
          .noCanadianExperience(ON + " (Working for Workers Four Act)"),
      Law.of(Jurisdiction.EU, EU + ", Art. 5")
          .range(RANGE_OR_FIXED_RATE, EU + ", Art. 5(1)")
          .genderNeutralTitle(EU + ", Art. 5(3)")
          .noPayHistory(EU + ", Art. 5(2)"));

  /**
   * A posting whose places fall under none of the laws: said, so that a pass of
   * {@code pay-transparency:auto} is never mistaken for compliance it did not check.
   */
  private static final Rule NO_JURISDICTION =
      Rule.builder("pay-transparency.auto.no-jurisdiction")
          .severity(Severity.INFO)
          .category(Rules.CATEGORY)
          .description("The posting's locations and applicant regions fall under at least one of the"
              + " jurisdictions jobdesc knows; when none, auto checked nothing.")
          .check(JobCheck.of((job, context) -> {
            if (context.shared(AutoSelection.OF).isEmpty()) {
              context.report(
                  "/workplace",
                  Rules.advice("No pay-transparency law jobdesc knows covers this posting's locations and"
                      + " applicant regions, so none was checked; name the region of each location"
                      + " (e.g. CO, NY), or choose jurisdictions by name with pay-transparency:<J>"));
            }
          }))
          .build();

  private static final List<Profile> PROFILES = build();

  private PayTransparencyProfiles() {}

  /** One profile per jurisdiction, in the table's order, then {@code pay-transparency:auto}. */
  public static List<Profile> all() {
    return PROFILES;
  }

  private static List<Profile> build() {
    List<Profile> profiles = new ArrayList<>();
    List<Rule> auto = new ArrayList<>();
    for (Law law : LAWS) {
      Jurisdiction j = law.jurisdiction();
      profiles.add(Profile.of(j.profileName(),
          "The job-posting obligations of " + j.place() + "'s"
              + " pay-transparency law (" + law.summary() + "); not legal advice.",
          law.rules()));
      for (Rule rule : law.rules()) {
        auto.add(rule.toBuilder().check(whenSelected(j, rule.getCheck().orElseThrow())).build());
      }
    }
    auto.add(NO_JURISDICTION);
    profiles.add(Profile.of(AUTO,
        "The pay-transparency rules of every jurisdiction the posting's locations and applicant"
            + " regions fall under; not legal advice.",
        auto));
    return List.copyOf(profiles);
  }

  /**
   * {@code check}, run only when the posting falls under {@code j}. The same rule ids as the
   * jurisdiction's own profile: a validator running both reports a finding once.
   */
  private static RuleCheck whenSelected(Jurisdiction j, RuleCheck check) {
    return (document, context) -> {
      if (context.shared(AutoSelection.OF).contains(j)) {
        check.check(document, context);
      }
    };
  }
}
