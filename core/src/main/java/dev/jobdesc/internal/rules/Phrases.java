package dev.jobdesc.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds whole-word, case-insensitive occurrences of a set of phrases in text, in one regular
 * expression: "ninja" matches "Ninjas?" only where listed, never inside "nin-jargon"; spaces in a
 * phrase match any run of spaces or hyphens, and an apostrophe matches a straight or curly one.
 * Immutable and thread-safe.
 */
public final class Phrases {
  /** A match never starts or ends inside a word. */
  private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String AFTER = "(?![\\p{L}\\p{N}])";
  /** Compiled once: {@link #key} runs for every match found, on every document. */
  private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s-]+");

  private final Pattern pattern;
  private final Map<String, String> byKey;
  /**
   * The sorted hashes of the first word of every phrase, or none when a phrase starts with a sign:
   * see {@link #nextCandidate}.
   */
  private final int[] firstWordHashes;
  /**
   * A bit for each of {@link #firstWordHashes}, by its low 12 bits: most words of a text are no
   * phrase's first word, and one bit says so before a binary search must.
   */
  private final long[] firstWordBits = new long[64];

  private Phrases(Pattern pattern, Map<String, String> byKey, int[] firstWordHashes) {
    this.pattern = pattern;
    this.byKey = byKey;
    this.firstWordHashes = firstWordHashes;
    for (int hash : firstWordHashes) {
      firstWordBits[(hash >>> 6) & 63] |= 1L << hash;
    }
  }

  /** A matcher of {@code phrases}; an empty collection matches nothing. */
  public static Phrases of(Collection<String> phrases) {
    Map<String, String> byKey = new HashMap<>();
    List<String> distinct = new ArrayList<>();
    for (String phrase : phrases) {
      String key = key(phrase);
      if (!key.isEmpty() && byKey.putIfAbsent(key, phrase) == null) {
        distinct.add(phrase);
      }
    }
    if (distinct.isEmpty()) {
      return new Phrases(null, Map.of(), new int[0]);
    }
    int[] firstWordHashes = new int[byKey.size()];
    int n = 0;
    for (String key : byKey.keySet()) {
      int end = wordEnd(key, 0);
      if (end == 0) {
        n = 0; // a phrase that starts with a sign: every text may match
        break;
      }
      firstWordHashes[n++] = foldedHash(key, 0, end);
    }
    firstWordHashes = Arrays.copyOf(firstWordHashes, n);
    Arrays.sort(firstWordHashes);
    Pattern pattern =
        Pattern.compile(
            BEFORE + "(?:" + Trie.of(distinct).regex() + ")" + AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new Phrases(pattern, Map.copyOf(byKey), firstWordHashes);
  }

  /** A phrase found in a text. */
  public record Match(int start, int end, String phrase, String written) {}

  /** Every occurrence in {@code text}, left to right, not overlapping. */
  public List<Match> find(String text) {
    return find(text, Integer.MAX_VALUE);
  }

  /** Whether {@code text} contains any of the phrases. */
  public boolean foundIn(String text) {
    return !find(text, 1).isEmpty();
  }

  /** The first {@code most} occurrences in {@code text}. */
  private List<Match> find(String text, int most) {
    if (pattern == null) {
      return List.of();
    }
    if (firstWordHashes.length == 0) {
      return findEverywhere(text);
    }
    List<Match> matches = List.of();
    Matcher m = null;
    int i = 0;
    while (matches.size() < most && (i = nextCandidate(text, i)) >= 0) {
      if (m == null) {
        m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      m.region(i, text.length());
      if (m.lookingAt()) {
        if (matches.isEmpty()) {
          matches = new ArrayList<>();
        }
        matches.add(match(m));
        i = m.end();
      } else {
        i = wordEnd(text, i);
      }
    }
    return matches;
  }

  /**
   * Every occurrence, the expression tried at every position of {@code text}: what {@link #find}
   * gives, more slowly, and the only way when a phrase starts with a sign.
   */
  List<Match> findEverywhere(String text) {
    List<Match> matches = new ArrayList<>();
    if (pattern != null) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        matches.add(match(m));
      }
    }
    return matches;
  }

  private Match match(Matcher m) {
    String written = m.group();
    return new Match(m.start(), m.end(), byKey.getOrDefault(key(written), written), written);
  }

  /**
   * The start of the next word at or after {@code from} that is the first word of a phrase, or
   * -1: a match can only start there. Trying the expression only at these few words, rather
   * than at every position of the text, is most of what makes a list of hundreds of phrases
   * cheap; hashing the words allocates nothing.
   */
  private int nextCandidate(String text, int from) {
    int i = from;
    while (i < text.length()) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        int end = wordEnd(text, i);
        int hash = foldedHash(text, i, end);
        if ((firstWordBits[(hash >>> 6) & 63] & (1L << hash)) != 0
            && Arrays.binarySearch(firstWordHashes, hash) >= 0) {
          return i;
        }
        i = end;
      } else {
        i++;
      }
    }
    return -1;
  }

  /**
   * The sorted hashes of the words of {@code text} as {@link #find} sees them: a caller that
   * looks for many phrase lists in one text computes them once and asks {@link #mayMatchIn}.
   */
  public static int[] wordHashes(String text) {
    int[] hashes = new int[16];
    int n = 0;
    int i = 0;
    while (i < text.length()) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        int end = wordEnd(text, i);
        if (n == hashes.length) {
          hashes = Arrays.copyOf(hashes, n * 2);
        }
        hashes[n++] = foldedHash(text, i, end);
        i = end;
      } else {
        i++;
      }
    }
    hashes = Arrays.copyOf(hashes, n);
    Arrays.sort(hashes);
    return hashes;
  }

  /** Whether a text of {@link #wordHashes} {@code textWordHashes} may hold one of the phrases. */
  public boolean mayMatchIn(int[] textWordHashes) {
    if (pattern == null) {
      return false;
    }
    if (firstWordHashes.length == 0) {
      return true;
    }
    // Both arrays are sorted: look the shorter one up in the longer (a word list has hundreds of
    // first words, a short text a handful).
    int[] few = textWordHashes.length < firstWordHashes.length ? textWordHashes : firstWordHashes;
    int[] many = few == textWordHashes ? firstWordHashes : textWordHashes;
    for (int hash : few) {
      if (Arrays.binarySearch(many, hash) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The hash of {@code text[start, end)} {@linkplain #fold folded}, as {@link String#hashCode} computes it. */
  private static int foldedHash(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + fold(text.charAt(i));
    }
    return hash;
  }

  /** The end of the run of letters and digits that starts at {@code start}. */
  private static int wordEnd(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * The phrase as it is looked up: lower case, apostrophes straight, one space between words. Two
   * phrases with the same key match the same text.
   */
  public static String key(String phrase) {
    StringBuilder folded = new StringBuilder(phrase.length());
    for (int i = 0; i < phrase.length(); i++) {
      folded.append(fold(phrase.charAt(i)));
    }
    return SPACES_AND_HYPHENS.matcher(folded.toString().replace('’', '\'')).replaceAll(" ").trim();
  }

  /**
   * {@code c} case-folded as the expression's case-insensitive match folds it, upper then lower
   * case: "İ", "ı" and "i" are one letter, as are "ſ" and "s".
   */
  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * The phrases as a trie, written as one regular expression: Java tries the alternatives of a
   * flat {@code a|b|c} one by one at every position, a trie rejects a position at its first
   * character. At a node that ends a phrase and goes on, the rest is optional and greedy, so the
   * longest phrase wins ("work hard play hard" over "work hard") and a shorter one is found when
   * the longer fails.
   */
  private static final class Trie {
    private final Map<Character, Trie> children = new TreeMap<>();
    private boolean ends;

    static Trie of(List<String> phrases) {
      Trie root = new Trie();
      for (String phrase : phrases) {
        Trie node = root;
        for (char c : key(phrase).toCharArray()) {
          node = node.children.computeIfAbsent(c, k -> new Trie());
        }
        node.ends = true;
      }
      return root;
    }

    String regex() {
      List<String> alternatives = new ArrayList<>();
      children.forEach((c, child) -> alternatives.add(atom(c) + child.regex()));
      if (alternatives.isEmpty()) {
        return "";
      }
      String body =
          alternatives.size() == 1 ? alternatives.get(0) : "(?:" + String.join("|", alternatives) + ")";
      return ends ? "(?:" + body + ")?" : body;
    }

    /** A space matches spaces or hyphens, an apostrophe a straight or curly one. */
    private static String atom(char c) {
      if (c == ' ') {
        return "[\\s-]+";
      }
      if (c == '\'') {
        return "['’]";
      }
      return Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("\\x{%x}", (int) c);
    }
  }
}
