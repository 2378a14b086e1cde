package dev.jobdesc.internal.rules.googlejobs;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Organization;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google's title guidance: the title is the job title alone — no pay, dates, job codes, company
 * name, {@code !} or {@code *}, and not shouted in capitals. Each problem is its own finding with
 * the offending text and where it is.
 */
final class TitleHygiene {
  private record Problem(Pattern pattern, String message) {}

  private static final List<Problem> PROBLEMS =
      List.of(
          new Problem(
              Pattern.compile(
                  "[$€£¥₹]\\s?\\d[\\d,.]*\\s?[kK]?|\\b\\d[\\d,.]*\\s?(?:[kK]\\b|USD|EUR|GBP|CAD|dollars?)"
                      + "|(?i:\\b(?:per|an|a)\\s+(?:hour|year|annum)\\b|/\\s?(?:hr|hour|yr|year)\\b|\\bsalary\\b)"),
              "pay"),
          new Problem(
              Pattern.compile(
                  "(?i:\\b(?:january|february|march|april|june|july|august|september|october"
                      + "|november|december)\\b(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b,?)?(?:\\s+(?:19|20)\\d{2})?)"
                      + "|\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b"),
              "a date"),
          new Problem(
              Pattern.compile(
                  "#\\s?\\w+|(?i:\\b(?:req|requisition|job\\s+(?:id|code)|ref)\\b\\.?\\s*[:#-]?\\s*\\w*\\d\\w*)"
                      + "|\\b(?=[A-Za-z-]*\\d)(?=[\\d-]*[A-Za-z])[A-Za-z\\d]+-[A-Za-z\\d-]+\\b|\\b\\d{3,}\\b"),
              "a code"),
          new Problem(Pattern.compile("[!*]+"), "the characters ! or *"));

  /** A word of three or more capital letters; two-letter acronyms (RN, HR) are fine. */
  private static final Pattern SHOUTED_WORD = Pattern.compile("\\b\\p{Lu}{3,}\\b");

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  private TitleHygiene() {}

  static void check(JobDescription job, RuleContext context) {
    String path = job.getTitle().isPresent() ? "/title" : "/role/title";
    String title = job.displayTitle();
    // One finding per kind of problem, at its first occurrence; and each stretch of the title
    // belongs to the first kind that claims it: "$45,000" is pay, not also a code for its digits.
    boolean[] claimed = new boolean[title.length()];
    for (Problem problem : PROBLEMS) {
      Matcher m = problem.pattern().matcher(title);
      boolean reported = false;
      while (m.find()) {
        if (isClaimed(claimed, m.start(), m.end())) {
          continue;
        }
        Arrays.fill(claimed, m.start(), m.end(), true);
        if (!reported) {
          reported = true;
          report(context, path, m.group(), new Span(m.start(), m.end()),
              "The title holds " + problem.message() + " (\"" + m.group().trim()
                  + "\"): Google wants the job title alone, so move it to its own field or the description.");
        }
      }
    }
    job.getOrganization()
        .map(Organization::getName)
        .ifPresent(name -> {
          int at = title.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
          if (at >= 0) {
            report(context, path, name, new Span(at, at + name.length()),
                "The title holds the company name: Google shows it from hiringOrganization, so take it out"
                    + " of the title.");
          }
        });
    if (isShouted(title)) {
      report(context, path, title, new Span(0, title.length()),
          "The title is in capitals: write it in normal case, as Google asks.");
    }
  }

  private static boolean isClaimed(boolean[] claimed, int start, int end) {
    for (int i = start; i < end; i++) {
      if (claimed[i]) {
        return true;
      }
    }
    return false;
  }

  /** Whether most words are in capitals: one acronym such as CPS is fine, a shouted title is not. */
  private static boolean isShouted(String title) {
    int words = 0;
    int shouted = 0;
    Matcher m = LETTERS.matcher(title);
    while (m.find()) {
      words++;
      if (SHOUTED_WORD.matcher(m.group()).matches()) {
        shouted++;
      }
    }
    return words >= 2 && shouted * 2 > words;
  }

  private static void report(RuleContext context, String path, String actual, Span span, String message) {
    context.report(context.finding(path, message).actual(actual).span(span));
  }
}
