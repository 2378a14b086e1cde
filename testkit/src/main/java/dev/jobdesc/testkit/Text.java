package dev.jobdesc.testkit;

import java.util.Locale;

/**
 * Where the free text of one document comes from: {@link TextSource} for ordinary text,
 * {@link HostileText} for text that attacks whatever displays it. Every string is non-blank and
 * within the length asked for, as the {@code structure} profile requires.
 */
interface Text {

  /** The language of the text. */
  Locale locale();

  /** A short text of about one to {@code maxWords} words, at most {@code maxLength} characters. */
  String phrase(int maxWords, int maxLength);

  /** A sentence of at most {@code maxLength} characters. */
  String sentence(int maxLength);

  /** A paragraph, possibly of several lines, of at most {@code maxLength} characters. */
  String paragraph(int maxLength);

  /** Text of exactly {@code length} characters, to probe the limits. */
  String exactly(int length);
}
