package dev.jobdesc.validation;

import dev.jobdesc.internal.rules.Phrases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A list of phrases for one {@link Lexicon.Category} of the {@code language} profile, each with
 * the neutral wording to suggest, and the exceptions: longer phrases that contain a listed one in
 * a harmless sense ("competitive salary" beside "competitive") and are never flagged. Immutable.
 *
 * <p>Phrases match whole words, case-insensitively; a space in a phrase matches any run of spaces
 * or hyphens, so "rock star" also finds "rock-star". Plurals and other forms match only when
 * listed: "ninja" does not find "ninjas". In a phrase, {@code ...} stands for any words in
 * between, within one sentence ("encourage ... to apply").
 *
 * <p>The text format, one entry a line, UTF-8:
 *
 * <pre>
 * # a comment; blank lines are ignored
 * rockstar | skilled engineer; expert
 * rock star | skilled engineer; expert
 * ninja
 * !setup wizard
 * </pre>
 *
 * <p>A phrase, then optionally {@code |} and its suggestions separated by {@code ;}. A line that
 * starts with {@code !} is an exception.
 *
 * @since 0.1
 */
public final class WordList {
  private static final WordList EMPTY = new WordList(Map.of(), Map.of());

  /**
   * A phrase and the wording to suggest instead of it.
   *
   * @param phrase the words to find, e.g. {@code rock star} or {@code encourage ... to apply}
   * @param suggestions what to write instead, best first; may be empty
   * @since 0.1
   */
  public record Term(String phrase, List<String> suggestions) {
    /**
     * Checks that the phrase has a letter or digit and that no suggestion is blank.
     *
     * @param phrase the words flagged
     * @param suggestions what to write instead, best first
     */
    public Term {
      phrase = checkedPhrase(phrase);
      suggestions = List.copyOf(suggestions);
      for (String suggestion : suggestions) {
        if (suggestion.isBlank() || suggestion.contains("\n") || suggestion.contains(";")) {
          throw new IllegalArgumentException(
              "suggestion '" + suggestion + "' of '" + phrase + "' is blank or holds a ';' or line break");
        }
      }
    }

    /**
     * {@return the term {@code phrase} with {@code suggestions}}
     *
     * @param phrase the words flagged
     * @param suggestions what to write instead, best first
     */
    public static Term of(String phrase, String... suggestions) {
      return new Term(phrase, Arrays.stream(suggestions).map(String::strip).toList());
    }
  }

  private final Map<String, Term> terms;
  private final Map<String, String> exceptions;

  /** Keeps the given maps' order: by phrase key, terms and exceptions as first given. */
  private WordList(Map<String, Term> terms, Map<String, String> exceptions) {
    this.terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    this.exceptions = Collections.unmodifiableMap(new LinkedHashMap<>(exceptions));
  }

  /** {@return the list without any term} */
  public static WordList empty() {
    return EMPTY;
  }

  /**
   * {@return a list of {@code terms}; of two with the same phrase, the later one's suggestions win}
   *
   * @param terms the terms
   */
  public static WordList of(Term... terms) {
    return of(Arrays.asList(terms));
  }

  /**
   * {@return a list of {@code terms}; of two with the same phrase, the later one's suggestions win}
   *
   * @param terms the terms
   */
  public static WordList of(Collection<Term> terms) {
    Map<String, Term> byKey = new LinkedHashMap<>();
    for (Term term : terms) {
      byKey.put(Phrases.key(Objects.requireNonNull(term, "term").phrase()), term);
    }
    return new WordList(byKey, Map.of());
  }

  /**
   * Reads a list in the text format above; the reader is not closed. A malformed line is an
   * {@link IllegalArgumentException} that gives its number.
   *
   * @param reader the list's text
   * @return the list
   * @throws IOException when {@code reader} fails
   */
  public static WordList parse(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Map<String, Term> terms = new LinkedHashMap<>();
    Map<String, String> exceptions = new LinkedHashMap<>();
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String entry = (number == 1 ? line.replace("\uFEFF", "") : line).strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      try {
        if (entry.startsWith("!")) {
          String phrase = checkedPhrase(entry.substring(1));
          exceptions.put(Phrases.key(phrase), phrase);
          continue;
        }
        int bar = entry.indexOf('|');
        List<String> suggestions = new ArrayList<>();
        if (bar >= 0) {
          for (String s : entry.substring(bar + 1).split(";")) {
            if (!s.isBlank()) {
              suggestions.add(s.strip());
            }
          }
        }
        Term term = new Term(bar < 0 ? entry : entry.substring(0, bar), suggestions);
        terms.put(Phrases.key(term.phrase()), term);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
      }
    }
    return new WordList(terms, exceptions);
  }

  /** {@return the terms, in the order they were given} */
  public List<Term> terms() {
    return List.copyOf(terms.values());
  }

  /** {@return the exceptions: phrases never flagged, in the order they were given} */
  public List<String> exceptions() {
    return List.copyOf(exceptions.values());
  }

  /** {@return the number of terms (exceptions not counted)} */
  public int size() {
    return terms.size();
  }

  /** {@return whether the list has no term} */
  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /**
   * {@return this list and {@code other}'s terms and exceptions; a phrase in both takes {@code other}'s
   * suggestions, so a user list can also change what is suggested for a standard term}
   *
   * @param other the list added
   */
  public WordList plus(WordList other) {
    Objects.requireNonNull(other, "other");
    Map<String, Term> t = new LinkedHashMap<>(terms);
    t.putAll(other.terms);
    Map<String, String> x = new LinkedHashMap<>(exceptions);
    x.putAll(other.exceptions);
    return new WordList(t, x);
  }

  /**
   * {@return this list with {@code phrases} as further exceptions}
   *
   * @param phrases phrases not to flag
   */
  public WordList except(String... phrases) {
    Map<String, String> x = new LinkedHashMap<>(exceptions);
    for (String phrase : phrases) {
      String checked = checkedPhrase(phrase);
      x.put(Phrases.key(checked), checked);
    }
    return new WordList(terms, x);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WordList w
        && terms().equals(w.terms())
        && exceptions().equals(w.exceptions());
  }

  @Override
  public int hashCode() {
    return Objects.hash(terms(), exceptions());
  }

  /** {@code WordList[N terms, M exceptions]}. */
  @Override
  public String toString() {
    return "WordList[" + terms.size() + " terms, " + exceptions.size() + " exceptions]";
  }

  private static String checkedPhrase(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    String p = phrase.strip();
    if (p.contains("|") || p.contains(";") || p.contains("\n") || p.startsWith("!") || p.startsWith("#")) {
      throw new IllegalArgumentException("phrase '" + p + "' holds '|', ';', a line break, or starts with ! or #");
    }
    if (!p.codePoints().anyMatch(Character::isLetterOrDigit)) {
      throw new IllegalArgumentException("phrase '" + p + "' has no letter or digit");
    }
    for (String part : p.split("\\.\\.\\.|…", -1)) {
      if (!part.codePoints().anyMatch(Character::isLetterOrDigit)) {
        throw new IllegalArgumentException("phrase '" + p + "' has '...' without words on both sides");
      }
    }
    return p;
  }
}
