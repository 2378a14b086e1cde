package dev.jobdesc.internal.rules;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.validation.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a document cut into sentences and words, once per document for every rule that
 * counts or matches words (language and readability): get it with {@code
 * context.shared(Prose.OF)}. Only the strings people read as text are here ({@link
 * DocumentText.Kind#isProse()}): names, codes and addresses are not words of the description.
 *
 * <p>The cutting is deliberately simple and English-centred, like the tools the research
 * describes: a word is a run of letters and digits, with inner apostrophes and hyphens kept
 * ("self-reliant", "don't" are one word) and numbers with separators kept whole ("36,158");
 * a sentence ends at {@code . ! ?} followed by a space and something that is not lower case, or
 * at a line break, and not after a handful of common abbreviations ("e.g.", "Dr.").
 */
public final class Prose {
  /** The prose of a document, for {@link dev.jobdesc.validation.RuleContext#shared}. */
  public static final Function<JobDocument, Prose> OF = document -> of(DocumentText.of(document));

  /** Sentence-ending punctuation, with closing quotes or brackets, then space. */
  private static final Pattern END = Pattern.compile("[.!?]+[\"”’')\\]]*(?=\\s)|\\R");

  /** Words whose period does not end a sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "e.g", "i.e", "approx", "dept", "no");

  /**
   * One prose string with its sentences and words.
   *
   * @param entry the string, its pointer and kind
   * @param sentences the spans of its sentences, trimmed, in order
   * @param words the spans of its words, in order
   * @param wordHashes its {@link Phrases#wordHashes}, so that a phrase list it cannot hold skips it
   */
  public record Text(DocumentText.Entry entry, List<Span> sentences, List<Span> words, int[] wordHashes) {
    /** The text of {@code span}. */
    public String of(Span span) {
      return entry.text().substring(span.start(), span.end());
    }

    /** The number of words inside {@code span}. */
    public int wordsIn(Span span) {
      int n = 0;
      for (Span word : words) {
        if (word.start() >= span.start() && word.end() <= span.end()) {
          n++;
        }
      }
      return n;
    }
  }

  private final List<Text> texts;

  private Prose(List<Text> texts) {
    this.texts = List.copyOf(texts);
  }

  /** The prose of {@code text}. */
  public static Prose of(DocumentText text) {
    List<Text> texts = new ArrayList<>();
    for (DocumentText.Entry entry : text.prose()) {
      String string = entry.text();
      texts.add(new Text(entry, sentences(string), words(string), Phrases.wordHashes(string)));
    }
    return new Prose(texts);
  }

  /** Every prose string, in document order. */
  public List<Text> texts() {
    return texts;
  }

  /** The number of words of every prose string. */
  public int wordCount() {
    return texts.stream().mapToInt(t -> t.words().size()).sum();
  }

  /**
   * The spans of the words of {@code text}: what {@code \p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*}
   * finds, scanned by hand because that expression's character classes were a tenth of the
   * language profile's time ({@code ProseWordsTest} holds the two equal).
   */
  public static List<Span> words(String text) {
    List<Span> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!isWordChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int end = isNumber(c) ? numberEnd(text, i) : -1;
      if (end < 0) {
        end = wordEnd(text, i);
      }
      words.add(new Span(i, end));
      i = end;
    }
    return words;
  }

  /** The end of a number with separators ("36,158", "3.5") at {@code start}, or -1 for none. */
  private static int numberEnd(String text, int start) {
    int end = runEnd(text, start, true);
    int groups = 0;
    while (end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ',')
        && isNumber(text.codePointAt(end + 1))) {
      end = runEnd(text, end + 1, true);
      groups++;
    }
    return groups > 0 ? end : -1;
  }

  /** The end of a word at {@code start}, with its inner apostrophes and hyphens. */
  private static int wordEnd(String text, int start) {
    int end = runEnd(text, start, false);
    while (end + 1 < text.length() && isJoiner(text.charAt(end)) && isWordChar(text.codePointAt(end + 1))) {
      end = runEnd(text, end + 1, false);
    }
    return end;
  }

  /** The end of the run of numbers (or of word characters) at {@code start}. */
  private static int runEnd(String text, int start, boolean numbers) {
    int end = start;
    while (end < text.length()) {
      int c = text.codePointAt(end);
      if (!(numbers ? isNumber(c) : isWordChar(c))) {
        break;
      }
      end += Character.charCount(c);
    }
    return end;
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '-';
  }

  /** {@code \p{N}}. */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** {@code [\p{L}\p{M}\p{N}]}. */
  private static boolean isWordChar(int c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** The spans of the sentences of {@code text}, trimmed; a text without an end is one sentence. */
  public static List<Span> sentences(String text) {
    List<Span> sentences = new ArrayList<>();
    int start = 0;
    Matcher m = END.matcher(text);
    while (m.find()) {
      if (!ends(text, m)) {
        continue;
      }
      add(sentences, text, start, m.end());
      start = m.end();
    }
    add(sentences, text, start, text.length());
    return sentences;
  }

  /** Whether the punctuation {@code m} found ends a sentence. */
  private static boolean ends(String text, Matcher m) {
    if (m.group().startsWith("\n") || m.group().startsWith("\r") || m.group().isBlank()) {
      return true; // a line break
    }
    int next = m.end();
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next < text.length() && Character.isLowerCase(text.codePointAt(next))) {
      return false; // "e.g. the", "approx. five"
    }
    if (text.charAt(m.start()) == '.') {
      int wordStart = m.start();
      while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
        wordStart--;
      }
      String before = text.substring(wordStart, m.start()).toLowerCase(Locale.ROOT);
      return !ABBREVIATIONS.contains(before);
    }
    return true;
  }

  private static void add(List<Span> sentences, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new Span(start, end));
    }
  }
}
