package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.internal.rules.Phrases;
import java.util.List;

/** Finds what a law bars in one string of a posting. Stateless and thread-safe. */
@FunctionalInterface
interface TextFinder {

  /** Every occurrence in {@code text}, left to right. */
  List<Phrases.Match> find(String text);
}
