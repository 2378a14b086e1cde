package dev.jobdesc.testkit;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Role;
import java.util.SplittableRandom;

/**
 * Generates valid documents from a seed: the same seed always gives the same sequence of
 * documents, on any machine and in any test framework, so a failing case is replayed from its
 * seed alone.
 *
 * <p>Every document passes the {@code structure} profile and reads back equal after writing, yet
 * covers what the format allows: every enum value and optional key over many seeds; lists from
 * empty to dozens of items, and rarely the 500-item limit; text at its length limits, in languages
 * from en-US to he-IL, ja-JP and haw-US with their scripts, combining marks and emoji; currencies
 * with 0 to 4 fraction digits and amounts that respect them; experience tiers and dates in order;
 * ids, codes and words that YAML might misread.
 *
 * <pre>{@code
 * DocumentGenerator generator = DocumentGenerator.withSeed(42);
 * JobDescription posting = generator.jobDescription();
 * }</pre>
 *
 * <p>{@link #hostile()} makes documents just as valid whose text attacks whatever displays it, to
 * test renderers and anything else that puts documents in front of people.
 *
 * <p>An instance is not thread-safe; give each thread its own.
 *
 * @since 0.1
 */
public final class DocumentGenerator {
  private final long seed;
  private final boolean hostile;
  private final Chance chance;

  private DocumentGenerator(long seed, boolean hostile) {
    this.seed = seed;
    this.hostile = hostile;
    this.chance = new Chance(new SplittableRandom(seed));
  }

  /**
   * {@return a generator whose documents are fixed by {@code seed}}
   *
   * @param seed the seed; the same seed gives the same documents
   */
  public static DocumentGenerator withSeed(long seed) {
    return new DocumentGenerator(seed, false);
  }

  /**
   * A generator of hostile documents fixed by this generator's seed, from the first one on:
   * documents valid under the {@code structure} profile in which every free-text string starts
   * with, and mixes in, text meant to break out of its place — HTML and script markup, Markdown
   * syntax, {@code javascript:} and other URL-looking text, template placeholders, bidi controls,
   * NUL and the other C0 and C1 controls, lone surrogates, emoji and combining marks, strings that
   * fill their limits (10,000 characters for free text). URLs stay absolute {@code http(s)} URLs
   * and e-mail addresses valid ones, each with the characters their syntax lets through (quotes,
   * parentheses, markup in a quoted local part); ids, country and region codes and dates keep
   * their fixed syntax.
   *
   * <p>Markup in the text follows conventions that let {@link HtmlInjection} and
   * {@link MarkdownInjection} tell markup that was interpreted from markup that was escaped: its
   * content is the word {@code injected}; its links point to hosts under {@code .invalid}, which
   * no URL field uses; and each tag a renderer may write itself carries an attribute no renderer
   * writes, such as {@code onclick}.
   *
   * <p>Hostile documents are for code that takes documents in memory: a lone surrogate has no
   * UTF-8 encoding, so they do not survive writing to a file and reading back.
   *
   * @return a new generator; this one is unchanged
   * @since 0.1
   */
  public DocumentGenerator hostile() {
    return new DocumentGenerator(seed, true);
  }

  /** {@return the next document: a job description or a role, with equal chance} */
  public JobDocument document() {
    return chance.oneIn(2) ? jobDescription() : role();
  }

  /** {@return the next job description; its embedded role has the job's language, as the model requires} */
  public JobDescription jobDescription() {
    ValueGenerator values = values();
    return JobDescription.builder()
        .id(chance.maybe(values::id))
        .language(values.language())
        .role(role(values))
        .title(chance.maybe(values::title))
        .organization(chance.maybe(values::organization))
        .reportsTo(chance.maybe(values::name))
        .brief(chance.listOf(0, values::paragraph))
        .responsibilities(chance.listOf(1, values::responsibility))
        .qualifications(chance.listOf(1, values::qualification))
        .pay(chance.maybe(values::payRange))
        .otherCompensation(chance.maybe(values::paragraph))
        .benefits(chance.listUpToLimitOf(0, values::benefit))
        .employment(chance.maybe(values::employment))
        .workplace(chance.maybe(values::workplace))
        .application(chance.maybe(values::application))
        .equalOpportunity(chance.maybe(values::paragraph))
        .accommodation(chance.maybe(values::paragraph))
        .dates(chance.maybe(values::dates))
        .existingVacancy(chance.maybe(chance::coin))
        .sections(chance.listOf(0, values::section))
        .build();
  }

  /** {@return the next role, as a document of its own} */
  public Role role() {
    return role(values());
  }

  private ValueGenerator values() {
    TextSource text = new TextSource(chance, chance.pick(TextSource.LANGUAGES));
    if (!hostile) {
      return new ValueGenerator(chance, text, new Codes(chance));
    }
    HostileText hostileText = new HostileText(chance, text);
    return new ValueGenerator(chance, hostileText, new HostileCodes(chance, hostileText));
  }

  private Role role(ValueGenerator values) {
    return Role.builder()
        .id(chance.maybe(values::id))
        .language(values.language())
        .title(values.title())
        .alternateTitles(chance.listUpToLimitOf(0, values::title))
        .occupations(chance.listOf(0, values::occupationCode))
        .summary(chance.listOf(0, values::paragraph))
        .duties(chance.listOf(0, values::responsibility))
        .qualifications(chance.listOf(0, values::qualification))
        .experienceTiers(values.experienceTiers())
        .marketPay(chance.listOf(0, values::marketPay))
        .sections(chance.listOf(0, values::section))
        .faqs(chance.listOf(0, values::faq))
        .build();
  }
}
