package dev.jobdesc.internal.rules.language;

import static dev.jobdesc.internal.rules.language.TermFindings.quoted;

import dev.jobdesc.internal.rules.Prose;
import dev.jobdesc.validation.Lexicon;
import dev.jobdesc.validation.Lexicon.Category;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.RuleCheck;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Span;
import java.util.List;

/**
 * The {@code language} profile: lint of a document's prose (titles, headings, paragraphs, list
 * items; not names, codes or addresses) against the word lists of a {@link Lexicon}: gendered
 * wording, gender-coded wording scored as in the research, age-coded wording, hollow jargon and
 * ableist phrasing. Warnings and hints only: word lists cannot tell intent, so nothing here is an
 * error. Both document kinds, a job description with its embedded role.
 */
public final class LanguageProfile {
  /** The profile's name. */
  public static final String NAME = "language";

  private static final String CATEGORY = "language";

  private LanguageProfile() {}

  /** The profile built from the lists of {@code lexicon}; the matchers are compiled here, once. */
  public static Profile create(Lexicon lexicon) {
    TermMatcher gendered = TermMatcher.of(lexicon.get(Category.GENDERED));
    TermMatcher outreach = TermMatcher.of(lexicon.get(Category.OUTREACH));
    GenderCoding coding =
        new GenderCoding(
            TermMatcher.of(lexicon.get(Category.MASCULINE_CODED)),
            TermMatcher.of(lexicon.get(Category.FEMININE_CODED)));
    TermMatcher age = TermMatcher.of(lexicon.get(Category.AGE_CODED));
    TermMatcher jargon = TermMatcher.of(lexicon.get(Category.JARGON));
    TermMatcher ableist = TermMatcher.of(lexicon.get(Category.ABLEIST));
    return Profile.of(
        NAME,
        "Lint of the prose: gendered wording, gender-coded wording scored as in Gaucher et al."
            + " (2011), age-coded wording, hollow jargon and ableist phrasing; warnings and hints only.",
        List.of(
            Rule.builder("language.gendered-wording")
                .severity(Severity.WARNING)
                .category(CATEGORY)
                .description(
                    "No gendered pronouns, nouns or job titles (\"he\", \"salesman\", \"guys\"), each with"
                        + " a neutral suggestion; a sentence of outreach or non-discrimination (\"we"
                        + " encourage women to apply\") and words for the people the job serves are"
                        + " not flagged.")
                .source("joblint gendered-word and pronoun rules; retext-equality gender patterns;"
                    + " joblint issue #99 (outreach exemption); Title VII (no stated preference for a sex)")
                .sourceUrl("https://github.com/rowanmanning/joblint")
                .check((document, context) -> gendered(context, gendered, outreach))
                .build(),
            Rule.builder("language.gender-coding")
                .severity(Severity.INFO)
                .category(CATEGORY)
                .description(
                    "Masculine- and feminine-coded words counted, each as a share of all words, with"
                        + " gender-decoder's verdict from the difference of the counts; one finding per"
                        + " document, a WARNING when strongly masculine-coded.")
                .source("Gaucher, Friesen & Kay (2011), Evidence that gendered wording in job"
                    + " advertisements exists and sustains gender inequality, JPSP 101(1):109-128;"
                    + " gender-decoder (verdict bands)")
                .sourceUrl("https://doi.org/10.1037/a0022530")
                .check((document, context) -> coding.check(context))
                .build(),
            Rule.builder("language.age-coded")
                .severity(Severity.WARNING)
                .category(CATEGORY)
                .description(
                    "No wording that signals a preferred age (\"young\", \"recent graduate\", \"digital"
                        + " native\", \"class of 2024\", \"aged 25-35\", \"under 30\"); \"young people\""
                        + " the job serves is not flagged. Not legal advice.")
                .source("29 CFR 1625.4 (help-wanted notices under the ADEA); EEOC position on \"recent"
                    + " graduates\" and \"class of 20XX\"")
                .sourceUrl("https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XIV/part-1625/section-1625.4")
                .check((document, context) -> age(context, age))
                .build(),
            Rule.builder("language.jargon")
                .severity(Severity.WARNING)
                .category(CATEGORY)
                .description(
                    "No hero titles, bro slang or hustle slogans (\"rockstar\", \"ninja\", \"work hard play"
                        + " hard\") that say nothing about the work.")
                .source("joblint \"dumb job titles\", bro-terminology and competitive-culture rules")
                .sourceUrl("https://github.com/rowanmanning/joblint")
                .check(check(jargon, hit -> "\"" + hit.written() + "\" is hollow jargon that says nothing"
                    + " about the work and puts some applicants off: say what the work is and the skills"
                    + " it needs."))
                .build(),
            Rule.builder("language.ableist")
                .severity(Severity.WARNING)
                .category(CATEGORY)
                .description(
                    "No ableist phrasing where a neutral one exists (\"crazy\", \"wheelchair-bound\","
                        + " \"turn a blind eye\"); clinical terms used in their own sense are not listed.")
                .source("retext-equality ableist patterns (category); disability language style guides")
                .sourceUrl("https://github.com/retextjs/retext-equality")
                .check(check(ableist, hit -> "\"" + hit.written() + "\" uses disability as a figure of"
                    + " speech or a label: " + instead(hit, "rephrase it neutrally") + "."))
                .build()));
  }

  private static RuleCheck check(TermMatcher matcher, java.util.function.Function<TermMatcher.Hit, String> message) {
    return (document, context) -> TermFindings.report(context, matcher, TermFindings.Exempt.NONE, message);
  }

  private static void gendered(RuleContext context, TermMatcher gendered, TermMatcher outreach) {
    TermFindings.report(
        context,
        gendered,
        (text, sentence, hit) ->
            outreach.foundIn(text.entry().text(), sentence)
                || PeopleServed.matches(
                    text.of(sentence), hit.start() - sentence.start(), hit.end() - sentence.start(),
                    hit.term().phrase()),
        hit -> "\"" + hit.written() + "\" is gendered wording: "
            + instead(hit, "leave it out or rephrase it") + ", so that the job reads as open to everyone.");
  }

  private static void age(RuleContext context, TermMatcher age) {
    TermFindings.report(
        context,
        age,
        (text, sentence, hit) ->
            PeopleServed.matches(
                text.of(sentence), hit.start() - sentence.start(), hit.end() - sentence.start(),
                hit.term().phrase()),
        hit -> "\"" + hit.written() + "\" signals a preference for younger applicants, which 29 CFR 1625.4"
            + " treats as age discrimination in job ads: " + instead(hit, "leave it out")
            + " and describe the experience the job needs.");
    for (Prose.Text text : context.shared(Prose.OF).texts()) {
      for (Span sentence : text.sentences()) {
        for (Span limit : AgeBrackets.find(text.of(sentence))) {
          Span span = new Span(sentence.start() + limit.start(), sentence.start() + limit.end());
          String written = text.of(span);
          context.report(
              context
                  .finding(
                      text.entry().pointer(),
                      "\"" + written + "\" sets an age limit, which the ADEA forbids in job ads for"
                          + " applicants of 40 and over (29 CFR 1625.4): remove it and state the"
                          + " experience the job needs.")
                  .actual(written)
                  .span(span)
                  .suggestions(List.of("state the experience needed, e.g. \"1-2 years of experience\"")));
        }
      }
    }
  }

  /** {@code write "they" instead}, or {@code otherwise} when the term has no suggestion. */
  private static String instead(TermMatcher.Hit hit, String otherwise) {
    List<String> suggestions = hit.term().suggestions();
    return suggestions.isEmpty() ? otherwise : "write " + quoted(suggestions) + " instead";
  }
}
