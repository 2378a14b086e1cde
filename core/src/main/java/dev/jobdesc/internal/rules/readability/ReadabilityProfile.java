package dev.jobdesc.internal.rules.readability;

import dev.jobdesc.internal.rules.DocumentText;
import dev.jobdesc.internal.rules.Prose;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Role;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.ReadabilityLimits;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.RuleCheck;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import java.util.List;
import java.util.Map;

/**
 * The {@code readability} profile: INFO hints drawn from vendor data on what postings perform
 * well (research section 4), with configurable {@link ReadabilityLimits}. Length and the share of
 * bullets read what a candidate reads as the posting: a job description's own text and title,
 * without the embedded role's reference material (duties, tiers, FAQs); for a role document, all
 * of its text.
 * List sizes and sentence lengths are local, and checked everywhere.
 */
public final class ReadabilityProfile {
  /** The profile's name. */
  public static final String NAME = "readability";

  private static final String CATEGORY = "readability";

  private ReadabilityProfile() {}

  /** The profile with {@code limits}. */
  public static Profile create(ReadabilityLimits limits) {
    return Profile.of(
        NAME,
        "Hints from vendor data: length in words, share of bullets and list sizes, title length,"
            + " sentence length.",
        List.of(
            rule("readability.length",
                "The posting's own text (a role document: all of it) is " + limits.getMinWords() + " to "
                    + limits.getMaxWords() + " words.",
                "Textio (postings of about 300-700 words perform best); Paycor (apply rates fall below"
                    + " 300 and above 700 words); Appcast 2015 (click-to-apply by posting length)",
                (document, context) -> length(document, context, limits)),
            rule("readability.bullets",
                "About a third of the posting's words are in list items (flagged outside "
                    + limits.getMinBulletPercent() + "-" + limits.getMaxBulletPercent() + " %), and no list has"
                    + " more than " + limits.getMaxListItems() + " items.",
                "Textio (about one third of the content in bullets works best); Ongig (6-10 bullets per"
                    + " section)",
                (document, context) -> bullets(document, context, limits)),
            rule("readability.title-length",
                "The title is at most " + limits.getMaxTitleCharacters() + " characters.",
                "Appcast 2015 (titles of 50-60 characters drew 30-40 % more responses)",
                (document, context) -> titleLength(document, context, limits)),
            rule("readability.sentence-length",
                "No sentence has more than " + limits.getMaxSentenceWords() + " words.",
                "Paycor (aim for 8-13 words per sentence and 1-2 sentence paragraphs)",
                (document, context) -> sentenceLength(context, limits))));
  }

  private static Rule rule(String id, String description, String source, RuleCheck check) {
    return Rule.builder(id)
        .severity(Severity.INFO)
        .category(CATEGORY)
        .description(description)
        .source(source)
        .check(check)
        .build();
  }

  /**
   * What a candidate reads as the posting: a job's own text with its title (the role's title when
   * the job has none of its own), or all of a role's.
   */
  private static List<Prose.Text> posting(JobDocument document, RuleContext context) {
    List<Prose.Text> texts = context.shared(Prose.OF).texts();
    if (!(document instanceof JobDescription job)) {
      return texts;
    }
    boolean roleTitle = job.getTitle().isEmpty();
    return texts.stream()
        .filter(t -> !t.entry().ofRole() || (roleTitle && t.entry().pointer().equals("/role/title")))
        .toList();
  }

  /** What {@link #posting} is, in words. */
  private static String what(JobDocument document) {
    return document instanceof JobDescription ? "the posting's own text" : "the role's text";
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static int words(List<Prose.Text> texts) {
    return texts.stream().mapToInt(t -> t.words().size()).sum();
  }

  private static void length(JobDocument document, RuleContext context, ReadabilityLimits limits) {
    int words = words(posting(document, context));
    String range = limits.getMinWords() + "-" + limits.getMaxWords() + " words that tend to perform best";
    if (words < limits.getMinWords()) {
      context.report("", capitalized(what(document)) + " is " + words + " words, under the " + range
          + " (a hint): say more about the work, the team, the pay and what applicants can expect.");
    } else if (words > limits.getMaxWords()) {
      context.report("", capitalized(what(document)) + " is " + words + " words, over the " + range
          + " (a hint): cut repetition and keep what applicants need to decide.");
    }
  }

  private static void bullets(JobDocument document, RuleContext context, ReadabilityLimits limits) {
    List<Prose.Text> texts = posting(document, context);
    int words = words(texts);
    if (words > 0) {
      int inItems = words(texts.stream().filter(t -> t.entry().kind() == DocumentText.Kind.ITEM).toList());
      double percent = 100.0 * inItems / words;
      String share = Math.round(percent) + " % of the " + words + " words of " + what(document) + " are in lists";
      if (percent < limits.getMinBulletPercent()) {
        context.report("", share + ", under the " + limits.getMinBulletPercent()
            + " % hint (about a third works best): put the responsibilities and requirements in short"
            + " bullet lists.");
      } else if (percent > limits.getMaxBulletPercent()) {
        context.report("", share + ", over the " + limits.getMaxBulletPercent()
            + " % hint (about a third works best): say in a few short paragraphs what the job is and why"
            + " it matters.");
      }
    }
    for (Map.Entry<String, Integer> list : Lists.sizes(context.shared(DocumentText.OF)).entrySet()) {
      if (list.getValue() > limits.getMaxListItems()) {
        context.report(list.getKey(), "This list has " + list.getValue() + " items, more than the "
            + limits.getMaxListItems() + " that read well (a hint): group related items or keep the most"
            + " important ones.");
      }
    }
  }

  private static void titleLength(JobDocument document, RuleContext context, ReadabilityLimits limits) {
    String path;
    String title;
    if (document instanceof JobDescription job) {
      path = job.getTitle().isPresent() ? "/title" : "/role/title";
      title = job.displayTitle();
    } else {
      path = "/title";
      title = ((Role) document).getTitle();
    }
    int length = title.codePointCount(0, title.length());
    if (length > limits.getMaxTitleCharacters()) {
      context.report(
          context
              .finding(path, "The title is " + length + " characters, longer than the "
                  + limits.getMaxTitleCharacters() + " that tend to draw the most responses (a hint): keep"
                  + " the job's name and move the rest into the description.")
              .actual(title));
    }
  }

  private static void sentenceLength(RuleContext context, ReadabilityLimits limits) {
    for (Prose.Text text : context.shared(Prose.OF).texts()) {
      DocumentText.Kind kind = text.entry().kind();
      if (kind != DocumentText.Kind.PARAGRAPH && kind != DocumentText.Kind.ITEM) {
        continue; // titles and headings are not sentences
      }
      for (Span sentence : text.sentences()) {
        int words = text.wordsIn(sentence);
        if (words > limits.getMaxSentenceWords()) {
          context.report(
              context
                  .finding(text.entry().pointer(), "This sentence has " + words + " words, more than "
                      + limits.getMaxSentenceWords() + " (a hint: 8-13 words a sentence read best): split"
                      + " it into shorter ones.")
                  .actual(text.of(sentence))
                  .span(sentence));
        }
      }
    }
  }
}
