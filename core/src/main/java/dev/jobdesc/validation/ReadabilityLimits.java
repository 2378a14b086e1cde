package dev.jobdesc.validation;

import java.util.Objects;

/**
 * The thresholds of the {@code readability} profile, whose findings are hints drawn from vendor
 * data, not standards. Immutable; the {@link #defaults()} follow the research: a posting of 300 to
 * 700 words (Textio, Paycor), a title of at most 60 characters (Appcast 2015), about a third of
 * the words in bullet lists, flagged outside 15 % to 60 % (Textio), at most 10 items in one list
 * (Ongig: 6 to 10 bullets per section), sentences of at most 30 words (Paycor advises 8 to 13).
 *
 * <pre>{@code
 * ReadabilityLimits limits = ReadabilityLimits.builder().words(250, 600).sentenceWords(25).build();
 * Validator validator = Validator.builder().addProfile(Profiles.readability(limits)).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class ReadabilityLimits {
  private static final ReadabilityLimits DEFAULTS = builder().build();

  private final int minWords;
  private final int maxWords;
  private final int maxTitleCharacters;
  private final int minBulletPercent;
  private final int maxBulletPercent;
  private final int maxListItems;
  private final int maxSentenceWords;

  private ReadabilityLimits(Builder b) {
    this.minWords = b.minWords;
    this.maxWords = b.maxWords;
    this.maxTitleCharacters = b.maxTitleCharacters;
    this.minBulletPercent = b.minBulletPercent;
    this.maxBulletPercent = b.maxBulletPercent;
    this.maxListItems = b.maxListItems;
    this.maxSentenceWords = b.maxSentenceWords;
  }

  /** {@return the defaults: 300–700 words, titles ≤ 60 characters, 15–60 % bullets, ≤ 10 items, ≤ 30 words a sentence} */
  public static ReadabilityLimits defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from these limits} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.minWords = minWords;
    b.maxWords = maxWords;
    b.maxTitleCharacters = maxTitleCharacters;
    b.minBulletPercent = minBulletPercent;
    b.maxBulletPercent = maxBulletPercent;
    b.maxListItems = maxListItems;
    b.maxSentenceWords = maxSentenceWords;
    return b;
  }

  /** {@return the fewest words a posting should have (default 300)} */
  public int getMinWords() {
    return minWords;
  }

  /** {@return the most words a posting should have (default 700)} */
  public int getMaxWords() {
    return maxWords;
  }

  /** {@return the longest title, in characters (default 60)} */
  public int getMaxTitleCharacters() {
    return maxTitleCharacters;
  }

  /** {@return the smallest share of words in list items, in percent (default 15)} */
  public int getMinBulletPercent() {
    return minBulletPercent;
  }

  /** {@return the largest share of words in list items, in percent (default 60)} */
  public int getMaxBulletPercent() {
    return maxBulletPercent;
  }

  /** {@return the most items in one list (default 10)} */
  public int getMaxListItems() {
    return maxListItems;
  }

  /** {@return the most words in one sentence (default 30)} */
  public int getMaxSentenceWords() {
    return maxSentenceWords;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadabilityLimits l
        && minWords == l.minWords
        && maxWords == l.maxWords
        && maxTitleCharacters == l.maxTitleCharacters
        && minBulletPercent == l.minBulletPercent
        && maxBulletPercent == l.maxBulletPercent
        && maxListItems == l.maxListItems
        && maxSentenceWords == l.maxSentenceWords;
  }

  @Override
  public int hashCode() {
    return Objects.hash(minWords, maxWords, maxTitleCharacters, minBulletPercent, maxBulletPercent,
        maxListItems, maxSentenceWords);
  }

  @Override
  public String toString() {
    return "ReadabilityLimits[words " + minWords + "–" + maxWords + ", title ≤ " + maxTitleCharacters
        + " characters, bullets " + minBulletPercent + "–" + maxBulletPercent + " %, ≤ " + maxListItems
        + " items a list, ≤ " + maxSentenceWords + " words a sentence]";
  }

  /** Builds {@link ReadabilityLimits}; every setting starts at its default. */
  public static final class Builder {
    private int minWords = 300;
    private int maxWords = 700;
    private int maxTitleCharacters = 60;
    private int minBulletPercent = 15;
    private int maxBulletPercent = 60;
    private int maxListItems = 10;
    private int maxSentenceWords = 30;

    private Builder() {}

    /**
     * Sets the range of words a posting should have: {@code 0 ≤ min ≤ max}.
     *
     * @param min the fewest words
     * @param max the most words
     * @return this builder
     */
    public Builder words(int min, int max) {
      if (min < 0 || max < min) {
        throw new IllegalArgumentException("words: need 0 ≤ min ≤ max, got " + min + ".." + max);
      }
      this.minWords = min;
      this.maxWords = max;
      return this;
    }

    /**
     * Sets the longest title, in characters, at least 1.
     *
     * @param max the most characters
     * @return this builder
     */
    public Builder titleCharacters(int max) {
      this.maxTitleCharacters = positive("titleCharacters", max);
      return this;
    }

    /**
     * Sets the range of the share of words in list items, in percent: {@code 0 ≤ min ≤ max ≤ 100}.
     *
     * @param min the lowest share, in percent
     * @param max the highest share, in percent
     * @return this builder
     */
    public Builder bulletPercent(int min, int max) {
      if (min < 0 || max < min || max > 100) {
        throw new IllegalArgumentException("bulletPercent: need 0 ≤ min ≤ max ≤ 100, got " + min + ".." + max);
      }
      this.minBulletPercent = min;
      this.maxBulletPercent = max;
      return this;
    }

    /**
     * Sets the most items in one list, at least 1.
     *
     * @param max the most items
     * @return this builder
     */
    public Builder listItems(int max) {
      this.maxListItems = positive("listItems", max);
      return this;
    }

    /**
     * Sets the most words in one sentence, at least 1.
     *
     * @param max the most words
     * @return this builder
     */
    public Builder sentenceWords(int max) {
      this.maxSentenceWords = positive("sentenceWords", max);
      return this;
    }

    /** {@return the limits} */
    public ReadabilityLimits build() {
      return new ReadabilityLimits(this);
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, got " + value);
      }
      return value;
    }
  }
}
