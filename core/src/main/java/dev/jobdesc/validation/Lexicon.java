package dev.jobdesc.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The word lists of the {@code language} profile, one {@link WordList} per {@link Category}.
 * Immutable: {@link #with} and {@link #plus} return a new lexicon, so an application can replace
 * a list or extend it and build its own profile with {@link Profiles#language(Lexicon)}:
 *
 * <pre>{@code
 * WordList ours = WordList.of(WordList.Term.of("code monkey", "developer"));
 * Validator validator = Validator.builder()
 *     .addProfile(Profiles.language(Lexicon.standard().plus(Lexicon.Category.JARGON, ours)))
 *     .build();
 * }</pre>
 *
 * <p>The standard lists are jobdesc's own: small (tens of entries each), a selection of common
 * English wording in the categories the research on job-ad language describes, not a copy of any
 * published list. Each is a UTF-8 resource {@code dev/jobdesc/validation/language/<category>.txt}
 * in the {@link WordList} text format, whose header says what it is for and how it was made.
 *
 * @since 0.1
 */
public final class Lexicon {

  /**
   * What a word list is for: the rule of the {@code language} profile that reads it.
   *
   * @since 0.1
   */
  public enum Category {
    /** Gendered pronouns, nouns and job titles ("he", "salesman"): {@code language.gendered-wording}. */
    GENDERED,
    /** Masculine-coded (agentic) words ("aggressive"), counted by {@code language.gender-coding}. */
    MASCULINE_CODED,
    /** Feminine-coded (communal) words ("compassionate"), counted by {@code language.gender-coding}. */
    FEMININE_CODED,
    /** Wording that signals a preferred age ("recent graduate"): {@code language.age-coded}. */
    AGE_CODED,
    /** Hollow or exclusionary jargon and hero titles ("rockstar"): {@code language.jargon}. */
    JARGON,
    /** Ableist phrasing with a neutral alternative ("crazy"): {@code language.ableist}. */
    ABLEIST,
    /**
     * Outreach and positive-action wording ("encourage ... to apply"): a sentence holding one is
     * not flagged by {@code language.gendered-wording}.
     */
    OUTREACH;

    /** The resource name of the standard list, e.g. {@code masculine-coded.txt}. */
    String fileName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
    }
  }

  private static final Lexicon EMPTY = new Lexicon(new EnumMap<>(Category.class));

  private final Map<Category, WordList> lists;

  private Lexicon(Map<Category, WordList> lists) {
    this.lists = lists;
  }

  /** {@return jobdesc's own word lists, read once} */
  public static Lexicon standard() {
    return Standard.LEXICON;
  }

  /** {@return a lexicon whose every list is empty: start here to use only your own lists} */
  public static Lexicon empty() {
    return EMPTY;
  }

  /**
   * {@return the list of {@code category}; an empty list when there is none}
   *
   * @param category the list wanted
   */
  public WordList get(Category category) {
    return lists.getOrDefault(Objects.requireNonNull(category, "category"), WordList.empty());
  }

  /**
   * {@return this lexicon with {@code list} in place of the list of {@code category}}
   *
   * @param category the list replaced
   * @param list the list in its place
   */
  public Lexicon with(Category category, WordList list) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(list, "list");
    EnumMap<Category, WordList> copy = copy();
    copy.put(category, list);
    return new Lexicon(copy);
  }

  /**
   * {@return this lexicon with {@code list}'s terms and exceptions added to the list of {@code category}}
   *
   * @param category the list extended
   * @param list the terms and exceptions to add
   */
  public Lexicon plus(Category category, WordList list) {
    Objects.requireNonNull(list, "list");
    return with(category, get(category).plus(list));
  }

  private EnumMap<Category, WordList> copy() {
    EnumMap<Category, WordList> copy = new EnumMap<>(Category.class);
    copy.putAll(lists);
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Lexicon other)) {
      return false;
    }
    for (Category category : Category.values()) {
      if (!get(category).equals(other.get(category))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 1;
    for (Category category : Category.values()) {
      hash = 31 * hash + get(category).hashCode();
    }
    return hash;
  }

  /** The size of each list, e.g. {@code Lexicon{GENDERED=58, ...}}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Lexicon{");
    for (Category category : Category.values()) {
      s.append(s.length() > 8 ? ", " : "").append(category).append('=').append(get(category).size());
    }
    return s.append('}').toString();
  }

  /** Read on first use: the resources ship in this jar, so a failure is a broken build. */
  private static final class Standard {
    static final Lexicon LEXICON = load();

    private static Lexicon load() {
      EnumMap<Category, WordList> lists = new EnumMap<>(Category.class);
      for (Category category : Category.values()) {
        String name = "language/" + category.fileName();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalStateException("jobdesc's word list " + name + " is missing from the jar");
          }
          try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            lists.put(category, WordList.parse(reader));
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read jobdesc's word list " + name, e);
        }
      }
      return new Lexicon(lists);
    }
  }
}
