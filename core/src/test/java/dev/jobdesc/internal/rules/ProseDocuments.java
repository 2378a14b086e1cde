package dev.jobdesc.internal.rules;

import dev.jobdesc.model.Application;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.BenefitCategory;
import dev.jobdesc.model.Employment;
import dev.jobdesc.model.EmploymentType;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.Organization;
import dev.jobdesc.model.PayPeriod;
import dev.jobdesc.model.PayRange;
import dev.jobdesc.model.Qualification;
import dev.jobdesc.model.Responsibility;
import dev.jobdesc.model.Role;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Span;
import dev.jobdesc.validation.Validator;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/** Documents for the language and readability tests, built with the model builders. */
public final class ProseDocuments {
  private ProseDocuments() {}

  /**
   * A neutral, well-written posting: 300–700 words of its own, about a third in lists, short
   * sentences, a short title, and no gendered, coded, age-coded, jargon or ableist wording.
   */
  public static JobDescription wellWritten() {
    return JobDescription.builder()
        .role(Role.builder()
            .title("Peer Support Specialist")
            .addSummary("Peer Support Specialists use their own experience of recovery to help others.")
            .build())
        .organization(Organization.builder().name("Front Range Recovery Center").build())
        .addBrief(
            "Front Range Recovery Center runs outpatient and community programs for adults in Denver.",
            "We are hiring a Peer Support Specialist to join our outpatient team of twelve.",
            "In this role you will use your own experience of recovery to help clients set and reach"
                + " their goals.",
            "You will meet clients one to one, lead recovery groups and connect people with housing,"
                + " benefits and other services.",
            "Most of the work happens at our clinic on Federal Boulevard, with some visits to clients"
                + " at home.",
            "You will report to the Peer Services Manager and work alongside nurses, therapists and"
                + " case managers.",
            "New staff complete a two-week orientation. They shadow an experienced peer specialist"
                + " before taking their own caseload.",
            "We review caseloads every month so that no one carries more than twenty clients.",
            "Our clients range from people leaving hospital to people who want help staying well at home.")
        .addResponsibilities(
            Responsibility.of("Meet clients one to one to plan and review recovery goals"),
            Responsibility.of("Lead two recovery groups each week"),
            Responsibility.of("Help clients apply for housing, benefits and treatment"),
            Responsibility.of("Go with clients to appointments when they ask"),
            Responsibility.of("Keep accurate notes in the electronic health record"),
            Responsibility.of("Take part in weekly team meetings and monthly supervision"),
            Responsibility.of("Share your recovery story when it helps a client"))
        .addQualifications(
            Qualification.of("Lived experience of mental health recovery"),
            Qualification.of("Peer specialist certification, or willingness to earn it within six months"),
            Qualification.of("High school diploma or equivalent"),
            Qualification.of("Clear written and spoken English"),
            Qualification.of("A valid driver's license for home visits"))
        .pay(PayRange.builder()
            .minimum(new BigDecimal("42000"))
            .maximum(new BigDecimal("52000"))
            .currency(Currency.getInstance("USD"))
            .period(PayPeriod.YEAR)
            .note("The range reflects the pay we expect to offer for this role in Denver.")
            .build())
        .otherCompensation("No bonuses or commissions are offered for this position.")
        .addBenefits(
            Benefit.builder().name("Medical, dental and vision insurance").category(BenefitCategory.HEALTH).build(),
            Benefit.builder().name("403(b) retirement plan with a 4% match").category(BenefitCategory.RETIREMENT).build(),
            Benefit.builder().name("20 days of paid time off and 10 paid holidays")
                .category(BenefitCategory.PAID_TIME_OFF).build(),
            Benefit.of("Paid training and certification fees"))
        .employment(Employment.builder()
            .addTypes(EmploymentType.FULL_TIME)
            .schedule("Monday to Friday, 8:30 am to 5 pm, with one evening group a week.")
            .build())
        .workplace(Workplace.builder()
            .arrangement(WorkArrangement.ON_SITE)
            .addLocations(Location.builder().locality("Denver").region("CO").country("US").build())
            .environment("An outpatient clinic with private rooms for one-to-one sessions.")
            .travel("Home visits within Denver, about one day a week; mileage is paid.")
            .build())
        .application(Application.builder()
            .instructions("Apply online with a resume; a cover letter is optional. We reply to every"
                + " applicant within two weeks.")
            .url("https://frontrange.example/careers/pss")
            .build())
        .equalOpportunity("Front Range Recovery Center is an equal opportunity employer. We do not"
            + " discriminate on the basis of race, color, religion, sex, sexual orientation, gender"
            + " identity, national origin, age, disability or veteran status.")
        .accommodation("If you need an accommodation to apply or interview, email"
            + " jobs@frontrange.example or call 303-555-0100 and we will make arrangements.")
        .build();
  }

  /** A short job whose brief is {@code brief}: title, one duty and one requirement besides. */
  public static JobDescription jobWithBrief(String... brief) {
    return JobDescription.builder()
        .role(Role.builder().title("Coordinator").build())
        .addBrief(brief)
        .addResponsibilities(Responsibility.of("Plan events"))
        .addQualifications(Qualification.of("Experience"))
        .build();
  }

  /** The number of words {@link #jobWithBrief} adds to its brief: "Coordinator", "Plan events", "Experience". */
  public static final int JOB_WITH_BRIEF_EXTRA_WORDS = 4;

  /** The findings of {@code profile} alone (structure's are left out) on {@code document}. */
  public static List<Finding> findings(Profile profile, dev.jobdesc.model.JobDocument document) {
    String prefix = profile.getName() + ".";
    return Validator.builder().addProfile(profile).build().validate(document).getFindings().stream()
        .filter(f -> f.getRuleId().startsWith(prefix) || f.getRuleId().equals(Validator.INTERNAL_ERROR))
        .toList();
  }

  /**
   * {@code RULE-ID "ACTUAL"} of each finding, for compact assertions, in text order: by path, then
   * where in the text (a report sorts by path, rule and message).
   */
  public static List<String> summary(List<Finding> findings) {
    return findings.stream()
        .sorted(Comparator.comparing(Finding::getPath)
            .thenComparing(f -> f.getSpan().map(Span::start).orElse(-1)))
        .map(f -> f.getRuleId() + " \"" + f.getActual().orElse("") + "\"")
        .toList();
  }
}
