package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.internal.rules.Phrases;
import java.util.List;

/**
 * Wordings of a "Canadian experience" requirement, which Ontario bars from postings (Working for
 * Workers Four Act): our own short list of the ways postings say it.
 */
final class CanadianExperience {
  private static final Phrases PHRASES = Phrases.of(List.of(
      "Canadian experience",
      "Canadian work experience",
      "Canadian job experience",
      "Canadian workplace experience",
      "Canadian employment experience",
      "Canadian industry experience",
      "Canadian professional experience",
      "experience in Canada",
      "work experience in Canada",
      "experience working in Canada"));

  /** Finds each wording in a text. */
  static final TextFinder FINDER = PHRASES::find;

  private CanadianExperience() {}
}
