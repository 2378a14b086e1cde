package dev.jobdesc.internal.rules.paytransparency;

import static dev.jobdesc.internal.rules.paytransparency.Postings.apply;
import static dev.jobdesc.internal.rules.paytransparency.Postings.benefit;
import static dev.jobdesc.internal.rules.paytransparency.Postings.cad;
import static dev.jobdesc.internal.rules.paytransparency.Postings.compliant;
import static dev.jobdesc.internal.rules.paytransparency.Postings.findings;
import static dev.jobdesc.internal.rules.paytransparency.Postings.pay;
import static dev.jobdesc.internal.rules.paytransparency.Postings.remote;
import static dev.jobdesc.internal.rules.paytransparency.Postings.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.Application;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.BenefitCategory;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.Role;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Profiles;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every jurisdiction's profile: its compliant posting passes, and taking away each thing its law
 * asks for gives that rule's finding, with its citation and jurisdiction.
 */
class PayTransparencyProfilesTest {

  /** One thing a law asks for, taken away from that jurisdiction's compliant posting. */
  record Breakage(
      Jurisdiction jurisdiction,
      String rule,
      String path,
      Severity severity,
      String what,
      UnaryOperator<JobDescription> breaking,
      Set<String> alsoReported) {
    @Override
    public String toString() {
      return jurisdiction.code() + " " + rule + ": " + what;
    }
  }

  private static Breakage breaks(Jurisdiction j, String rule, String path, String what,
      UnaryOperator<JobDescription> breaking, String... alsoReported) {
    return new Breakage(j, rule, path, Severity.ERROR, what, breaking, Set.of(alsoReported));
  }

  private static Breakage warns(Jurisdiction j, String rule, String path, String what,
      UnaryOperator<JobDescription> breaking) {
    return new Breakage(j, rule, path, Severity.WARNING, what, breaking, Set.of());
  }

  private static final UnaryOperator<JobDescription> NO_PAY = job -> job.withPay(Optional.empty());
  private static final UnaryOperator<JobDescription> NO_BENEFITS = job -> job.withBenefits();
  private static final UnaryOperator<JobDescription> NO_OTHER_COMPENSATION =
      job -> job.withOtherCompensation(Optional.empty());
  private static final UnaryOperator<JobDescription> MONTHLY =
      job -> job.withPay(pay("USD", "6000", "7000", PayPeriod.MONTH));

  static List<Breakage> breakages() {
    List<Breakage> all = new ArrayList<>();
    for (Jurisdiction j : Jurisdiction.values()) {
      all.add(breaks(j, "range", "/pay", "no pay", NO_PAY));
    }
    for (Jurisdiction j : List.of(Jurisdiction.US_WA, Jurisdiction.US_IL, Jurisdiction.US_MD,
        Jurisdiction.US_MN, Jurisdiction.US_NJ)) {
      all.add(breaks(j, "benefits", "/benefits", "no benefits", NO_BENEFITS));
      all.add(breaks(j, "other-compensation", "/otherCompensation", "no other compensation",
          NO_OTHER_COMPENSATION));
    }
    for (Jurisdiction j : List.of(Jurisdiction.US_NY_NYC, Jurisdiction.US_NY, Jurisdiction.US_MA)) {
      all.add(breaks(j, "pay-unit", "/pay/period", "monthly pay", MONTHLY));
    }
    Jurisdiction co = Jurisdiction.US_CO;
    all.addAll(List.of(
        breaks(co, "range", "/pay/maximum", "a \"from\" range", job -> job.withPay(usd("52000", null))),
        breaks(co, "benefits", "/benefits", "no benefits", NO_BENEFITS),
        breaks(co, "benefits", "/benefits", "no retirement benefit",
            job -> job.withBenefits(job.getBenefits().get(0), job.getBenefits().get(2))),
        breaks(co, "benefits", "/benefits/2/name", "\"etc.\" in a benefit",
            job -> job.withBenefits(job.getBenefits().get(0), job.getBenefits().get(1),
                benefit("Paid time off, holidays, etc.", BenefitCategory.PAID_TIME_OFF))),
        breaks(co, "other-compensation", "/otherCompensation", "no other compensation",
            NO_OTHER_COMPENSATION),
        breaks(co, "deadline", "/application/deadline", "no deadline, not rolling",
            job -> job.withApplication(apply())),
        breaks(co, "deadline", "/application/deadline", "a deadline already past",
            job -> job.withApplication(apply().withDeadline(Postings.TODAY.minusDays(1)))),
        breaks(co, "how-to-apply", "/application", "no application",
            job -> job.withApplication(Optional.empty()), co.ruleId("deadline")),
        breaks(co, "remote-exclusion", "/brief/0", "a remote posting closed to Colorado",
            job -> job.withWorkplace(remote("US"))
                .withBrief("Remote role open to candidates anywhere in the US except Colorado."))));
    Jurisdiction nyc = Jurisdiction.US_NY_NYC;
    all.add(breaks(nyc, "range", "/pay/maximum", "a \"from\" range", job -> job.withPay(usd("85000", null))));
    all.add(breaks(nyc, "range", "/pay/minimum", "an \"up to\" range", job -> job.withPay(usd(null, "85000"))));
    all.add(breaks(Jurisdiction.US_NY, "range", "/pay", "a single figure",
        job -> job.withPay(pay("USD", "30", "30", PayPeriod.HOUR))));
    all.add(warns(Jurisdiction.US_HI, "range-width", "/pay", "a maximum above twice the minimum",
        job -> job.withPay(usd("50000", "100001"))));
    Jurisdiction on = Jurisdiction.CA_ON;
    all.addAll(List.of(
        breaks(on, "range-width", "/pay", "a range CAD 60,000 wide", job -> job.withPay(cad("60000", "120000"))),
        warns(on, "range-currency", "/pay/currency", "a range in USD", job -> job.withPay(usd("60000", "90000"))),
        breaks(on, "ai-screening", "/application/aiScreening", "no AI statement",
            job -> job.withApplication(apply())),
        breaks(on, "existing-vacancy", "/existingVacancy", "no vacancy statement",
            job -> job.withExistingVacancy(Optional.empty())),
        breaks(on, "canadian-experience", "/qualifications/1/text", "a Canadian-experience requirement",
            job -> job.withQualifications(job.getQualifications().get(0),
                Qualification.of("Two years of Canadian work experience")))));
    all.add(breaks(Jurisdiction.CA_BC, "pay-history", "/brief/0", "a pay-history question",
        job -> job.withBrief("Tell us your current salary when you apply.")));
    Jurisdiction eu = Jurisdiction.EU;
    all.add(breaks(eu, "gender-neutral-title", "/title", "a gendered title", job -> job.withTitle("Salesman")));
    all.add(breaks(eu, "pay-history", "/application/instructions", "a pay-history question",
        job -> job.withApplication(Application.builder()
            .instructions("Send your CV and your salary history to the hiring manager.").build())));
    return all;
  }

  @ParameterizedTest
  @EnumSource(Jurisdiction.class)
  void aCompliantPostingHasNoFindings(Jurisdiction j) {
    List<Finding> found = findings(compliant(j), j.profileName());
    assertEquals(List.of(), found, () -> j.code() + ": " + found);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void takingAnObligationAwayGivesItsFinding(Breakage b) {
    Jurisdiction j = b.jurisdiction();
    List<Finding> found = findings(b.breaking().apply(compliant(j)), j.profileName());
    String ruleId = j.ruleId(b.rule());
    Set<String> expectedRules = new TreeSet<>(b.alsoReported());
    expectedRules.add(ruleId);
    assertEquals(expectedRules, found.stream().map(Finding::getRuleId).collect(Collectors.toCollection(TreeSet::new)),
        found::toString);
    List<Finding> ofRule = found.stream().filter(f -> f.getRuleId().equals(ruleId)).toList();
    assertEquals(1, ofRule.size(), found::toString);
    Finding f = ofRule.get(0);
    assertEquals(b.path(), f.getPath());
    assertEquals(b.severity(), f.getSeverity());
    assertEquals(Optional.of(j.code()), f.getJurisdiction());
    assertTrue(f.getSource().filter(s -> !s.isBlank()).isPresent(), "no source: " + f);
    assertEquals(rule(j, ruleId).getSource(), f.getSource());
    assertTrue(f.getMessage().endsWith("(not legal advice)."), f::getMessage);
    assertTrue(f.getMessage().startsWith(j.displayName()) || f.getMessage().contains(j.displayName()),
        () -> "the message names the jurisdiction: " + f.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Jurisdiction.class)
  void everyRuleOfAProfileHasABreakageThatShowsIt(Jurisdiction j) {
    Set<String> broken = breakages().stream()
        .filter(b -> b.jurisdiction() == j)
        .map(b -> j.ruleId(b.rule()))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> rules = profile(j.profileName()).getRules().stream()
        .map(Rule::getId)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(rules, broken);
  }

  @Test
  void everyProfileIsRegisteredByName() {
    List<String> names = Profiles.standard().names();
    List<String> expected = new ArrayList<>(Arrays.stream(Jurisdiction.values()).map(Jurisdiction::profileName).toList());
    expected.add("pay-transparency:auto");
    assertTrue(names.containsAll(expected), names::toString);
    assertEquals(16, expected.size());
  }

  @Test
  void everyRuleCitesItsSourceAndJurisdictionUnderItsId() {
    for (Jurisdiction j : Jurisdiction.values()) {
      for (Rule rule : profile(j.profileName()).getRules()) {
        assertTrue(rule.getId().startsWith("pay-transparency." + j.code().toLowerCase() + "."), rule::getId);
        assertEquals("pay-transparency", rule.getCategory());
        assertEquals(Optional.of(j.code()), rule.getJurisdiction());
        assertTrue(rule.getSource().filter(s -> !s.isBlank()).isPresent(), rule::getId);
        assertTrue(rule.getDescription().startsWith(j.displayName() + ": "), rule::getDescription);
      }
    }
  }

  @Test
  void theColoradoBenefitsMessageSaysWhatIsMissingAndWhatToDo() {
    Finding f = findings(compliant(Jurisdiction.US_CO).withBenefits(), "pay-transparency:US-CO").get(0);
    assertEquals(
        "Colorado requires a general description of all benefits (health, retirement, paid leave) in"
            + " the posting; add benefits with those categories (not legal advice).",
        f.getMessage());
    assertEquals(Optional.of("Colorado Equal Pay for Equal Work Act, Part 2; POST Rules, 7 CCR 1103-18,"
        + " Rule 11.1.1(C); CDLE INFO #9"), f.getSource());
  }

  @Test
  void anOpenEndedRangeFailsNewYorkCityAndColorado() {
    for (String profile : List.of("pay-transparency:US-NY-NYC", "pay-transparency:US-CO")) {
      JobDescription from = compliant(Jurisdiction.US_CO).withPay(usd("60000", null));
      assertEquals(List.of("/pay/maximum"), rangePaths(from, profile), profile);
      JobDescription upTo = compliant(Jurisdiction.US_CO).withPay(usd(null, "60000"));
      assertEquals(List.of("/pay/minimum"), rangePaths(upTo, profile), profile);
    }
  }

  @Test
  void aFixedRatePassesWhereTheLawAllowsOneAndFailsWhereItAsksForARange() {
    JobDescription fixed = compliant(Jurisdiction.US_MD).withPay(usd("60000", "60000"));
    for (String allowing : List.of("US-NY-NYC", "US-CO", "US-WA", "US-IL", "US-MN", "US-VT", "US-NJ",
        "CA-BC", "CA-ON", "EU")) {
      assertEquals(List.of(), rangePaths(fixed, "pay-transparency:" + allowing), allowing);
    }
    for (String asking : List.of("US-NY", "US-CA", "US-MD", "US-HI", "US-MA")) {
      assertEquals(List.of("/pay"), rangePaths(fixed, "pay-transparency:" + asking), asking);
    }
  }

  @Test
  void anHourlyWageAndAnAnnualSalaryBothMeetThePayUnitRule() {
    for (PayPeriod period : List.of(PayPeriod.HOUR, PayPeriod.YEAR)) {
      JobDescription job = compliant(Jurisdiction.US_MA).withPay(pay("USD", "40", "50", period));
      assertEquals(List.of(), findings(job, "pay-transparency:US-NY-NYC", "pay-transparency:US-NY",
          "pay-transparency:US-MA"), period::name);
    }
  }

  @Test
  void aRoleDocumentGetsNoFindings() {
    Role role = Role.builder().title("Chairman").addSummary("Asks for your salary history.").build();
    List<String> profiles = new ArrayList<>(Arrays.stream(Jurisdiction.values()).map(Jurisdiction::profileName).toList());
    profiles.add("pay-transparency:auto");
    Validator validator = Postings.validator(profiles.toArray(String[]::new));
    assertEquals(List.of(), validator.validate(role).getFindings());
  }

  /** Partial postings: every optional part absent, or present and empty. No rule may throw. */
  static Stream<Arguments> partialPostings() {
    JobDescription bare = Postings.bare();
    return Stream.of(
        Arguments.of("bare", bare),
        Arguments.of("empty application", bare.withApplication(Application.builder().build())),
        Arguments.of("pay without bounds",
            bare.withPay(PayRange.builder().currency(Currency.getInstance("CAD")).period(PayPeriod.HOUR).build())),
        Arguments.of("inverted range", bare.withPay(cad("90000", "10000"))),
        Arguments.of("zero minimum", bare.withPay(usd("0", "10"))),
        Arguments.of("remote without regions", bare.withWorkplace(remote())),
        Arguments.of("benefit without category", bare.withBenefits(Benefit.of("etc."))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partialPostings")
  void noRuleThrowsOnAPartialPosting(String what, JobDescription job) {
    List<String> profiles = new ArrayList<>(Arrays.stream(Jurisdiction.values()).map(Jurisdiction::profileName).toList());
    profiles.add("pay-transparency:auto");
    List<Finding> found = findings(job, profiles.toArray(String[]::new));
    assertFalse(found.stream().anyMatch(f -> f.getRuleId().equals(Validator.INTERNAL_ERROR)), found::toString);
  }

  private static List<String> rangePaths(JobDescription job, String profile) {
    return findings(job, profile).stream()
        .filter(f -> f.getRuleId().endsWith(".range"))
        .map(Finding::getPath)
        .toList();
  }

  private static Profile profile(String name) {
    return Profiles.standard().get(name);
  }

  private static Rule rule(Jurisdiction j, String id) {
    return profile(j.profileName()).getRules().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
  }
}
