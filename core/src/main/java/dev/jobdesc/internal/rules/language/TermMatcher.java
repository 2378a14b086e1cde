package dev.jobdesc.internal.rules.language;

import dev.jobdesc.internal.rules.Phrases;
import dev.jobdesc.internal.rules.Prose;
import dev.jobdesc.validation.Span;
import dev.jobdesc.validation.WordList;
import dev.jobdesc.validation.WordList.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link WordList} compiled for matching: its plain terms and exceptions in one {@link Phrases}
 * (so an exception, being longer, wins where it overlaps a term: "competitive salary" is found
 * as itself and dropped, and "competitive" is not found inside it), and its terms with
 * {@code ...} gaps as sequences of phrases within one sentence. Immutable and thread-safe.
 */
final class TermMatcher {
  /** A term found: where, which term, and the words as written. */
  record Hit(int start, int end, Term term, String written) {
    Span span() {
      return new Span(start, end);
    }
  }

  /** A term with gaps: its parts, each matched in turn after the one before. */
  private record Gapped(Term term, List<Phrases> parts) {}

  private static final String GAP = "\\s*(?:\\.\\.\\.|…)\\s*";

  private final Phrases phrases;
  private final Map<String, Term> byKey;
  private final Set<String> exceptions;
  private final List<Gapped> gapped;

  private TermMatcher(Phrases phrases, Map<String, Term> byKey, Set<String> exceptions, List<Gapped> gapped) {
    this.phrases = phrases;
    this.byKey = byKey;
    this.exceptions = exceptions;
    this.gapped = gapped;
  }

  /** The matcher of {@code list}. */
  static TermMatcher of(WordList list) {
    List<String> plain = new ArrayList<>();
    Map<String, Term> byKey = new HashMap<>();
    List<Gapped> gapped = new ArrayList<>();
    for (Term term : list.terms()) {
      String[] parts = term.phrase().split(GAP);
      if (parts.length > 1) {
        List<Phrases> compiled = new ArrayList<>();
        for (String part : parts) {
          compiled.add(Phrases.of(List.of(part)));
        }
        gapped.add(new Gapped(term, List.copyOf(compiled)));
      } else {
        plain.add(term.phrase());
        byKey.put(Phrases.key(term.phrase()), term);
      }
    }
    Set<String> exceptions = new HashSet<>();
    for (String exception : list.exceptions()) {
      plain.add(exception);
      exceptions.add(Phrases.key(exception));
    }
    return new TermMatcher(Phrases.of(plain), Map.copyOf(byKey), Set.copyOf(exceptions), List.copyOf(gapped));
  }

  /**
   * The terms found in the sentence {@code sentence} of {@code text}, left to right, not
   * overlapping (the earlier, then the longer, wins); offsets are in {@code text}.
   */
  List<Hit> find(String text, Span sentence) {
    String part = text.substring(sentence.start(), sentence.end());
    int offset = sentence.start();
    List<Hit> hits = new ArrayList<>();
    for (Phrases.Match m : phrases.find(part)) {
      String key = Phrases.key(m.phrase());
      Term term = byKey.get(key);
      if (term != null && !exceptions.contains(key)) {
        hits.add(new Hit(offset + m.start(), offset + m.end(), term, m.written()));
      }
    }
    for (Gapped g : gapped) {
      findGapped(g, text, part, offset, hits);
    }
    if (gapped.isEmpty()) {
      return hits;
    }
    hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
    List<Hit> apart = new ArrayList<>();
    int end = -1;
    for (Hit hit : hits) {
      if (hit.start() >= end) {
        apart.add(hit);
        end = hit.end();
      }
    }
    return apart;
  }

  /** Whether a term may be in {@code text}: when not, none of its sentences needs a look. */
  boolean mayMatch(Prose.Text text) {
    if (phrases.mayMatchIn(text.wordHashes())) {
      return true;
    }
    for (Gapped g : gapped) {
      if (g.parts().get(0).mayMatchIn(text.wordHashes())) {
        return true;
      }
    }
    return false;
  }

  /** Whether any term is found in the sentence {@code sentence} of {@code text}. */
  boolean foundIn(String text, Span sentence) {
    return !find(text, sentence).isEmpty();
  }

  private static void findGapped(Gapped g, String text, String part, int offset, List<Hit> hits) {
    int from = 0;
    while (from < part.length()) {
      int start = -1;
      int at = from;
      for (Phrases parts : g.parts()) {
        List<Phrases.Match> found = parts.find(part.substring(at));
        if (found.isEmpty()) {
          return;
        }
        Phrases.Match first = found.get(0);
        if (start < 0) {
          start = at + first.start();
        }
        at += first.end();
      }
      hits.add(new Hit(offset + start, offset + at, g.term(), text.substring(offset + start, offset + at)));
      from = at;
    }
  }
}
