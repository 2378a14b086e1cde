package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.internal.rules.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gendered job nouns in a title, each with neutral forms: our own short list of English nouns
 * ("chairman", "waitress", "cleaning lady"…) and, in English titles, any compound of "-man" or
 * "-woman" ("warehouseman") and a trailing "man", "woman" or "lady" ("Delivery Man"). Words that
 * merely end in "man" or "men" ("human", "specimen", "ramen") are not compounds.
 */
final class GenderedTitles {

  /** A gendered noun in a title, where it is, and neutral forms to suggest. */
  record Gendered(int start, int end, String written, List<String> neutral) {}

  private static final Map<String, List<String>> NEUTRAL = Map.ofEntries(
      Map.entry("chairman", List.of("chair", "chairperson")),
      Map.entry("chairwoman", List.of("chair", "chairperson")),
      Map.entry("salesman", List.of("salesperson", "sales representative")),
      Map.entry("saleswoman", List.of("salesperson", "sales representative")),
      Map.entry("saleslady", List.of("salesperson", "sales representative")),
      Map.entry("foreman", List.of("supervisor", "crew lead")),
      Map.entry("forewoman", List.of("supervisor", "crew lead")),
      Map.entry("handyman", List.of("maintenance technician", "handyperson")),
      Map.entry("workman", List.of("worker")),
      Map.entry("craftsman", List.of("craftsperson", "artisan")),
      Map.entry("tradesman", List.of("tradesperson")),
      Map.entry("cameraman", List.of("camera operator")),
      Map.entry("fireman", List.of("firefighter")),
      Map.entry("policeman", List.of("police officer")),
      Map.entry("policewoman", List.of("police officer")),
      Map.entry("postman", List.of("mail carrier", "postal worker")),
      Map.entry("mailman", List.of("mail carrier")),
      Map.entry("deliveryman", List.of("delivery driver")),
      Map.entry("repairman", List.of("repair technician")),
      Map.entry("serviceman", List.of("service technician")),
      Map.entry("businessman", List.of("businessperson")),
      Map.entry("businesswoman", List.of("businessperson")),
      Map.entry("spokesman", List.of("spokesperson")),
      Map.entry("spokeswoman", List.of("spokesperson")),
      Map.entry("draftsman", List.of("drafter")),
      Map.entry("draughtsman", List.of("drafter")),
      Map.entry("lineman", List.of("line worker", "line installer")),
      Map.entry("doorman", List.of("door attendant")),
      Map.entry("watchman", List.of("security guard")),
      Map.entry("warehouseman", List.of("warehouse worker")),
      Map.entry("storeman", List.of("storekeeper")),
      Map.entry("anchorman", List.of("anchor")),
      Map.entry("weatherman", List.of("meteorologist")),
      Map.entry("journeyman", List.of("journey-level worker")),
      Map.entry("fisherman", List.of("fisher")),
      Map.entry("ombudsman", List.of("ombudsperson")),
      Map.entry("waitress", List.of("server")),
      Map.entry("stewardess", List.of("flight attendant")),
      Map.entry("air hostess", List.of("flight attendant")),
      Map.entry("hostess", List.of("host")),
      Map.entry("actress", List.of("actor")),
      Map.entry("barmaid", List.of("bartender")),
      Map.entry("chambermaid", List.of("room attendant")),
      Map.entry("maid", List.of("housekeeper")),
      Map.entry("headmaster", List.of("head teacher", "principal")),
      Map.entry("headmistress", List.of("head teacher", "principal")),
      Map.entry("manageress", List.of("manager")),
      Map.entry("seamstress", List.of("sewing machinist", "tailor")),
      Map.entry("usherette", List.of("usher")),
      Map.entry("masseuse", List.of("massage therapist")),
      Map.entry("cleaning lady", List.of("cleaner")),
      Map.entry("tea lady", List.of("catering assistant")));

  private static final Phrases LISTED = Phrases.of(NEUTRAL.keySet());

  /** Words ending in "man"/"men" that are not a compound of "man", nor gendered. */
  private static final Set<String> NOT_COMPOUNDS = Set.of(
      "human", "inhuman", "superhuman", "german", "roman", "shaman", "talisman", "caiman",
      "cayman", "ottoman", "dolman", "walkman",
      "amen", "omen", "semen", "specimen", "regimen", "abdomen", "acumen", "stamen", "hymen",
      "lumen", "rumen", "albumen", "bitumen", "cerumen", "dolmen", "yemen", "foramen", "germen",
      "ramen", "carmen", "nomen", "cognomen", "tegmen", "gravamen", "examen", "catechumen",
      "putamen", "flamen", "velamen", "duramen");

  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'’])\\p{L}+(?![\\p{L}\\p{N}'’-])");
  private static final Set<String> TRAILING_NOUNS = Set.of("man", "woman", "lady");

  private GenderedTitles() {}

  /** The gendered nouns of {@code title}, left to right; the heuristics only when {@code english}. */
  static List<Gendered> find(String title, boolean english) {
    List<Gendered> found = new ArrayList<>();
    for (Phrases.Match m : LISTED.find(title)) {
      found.add(new Gendered(m.start(), m.end(), m.written(), cased(m.written(), NEUTRAL.get(m.phrase()))));
    }
    if (!english) {
      return found;
    }
    Matcher word = WORD.matcher(title);
    boolean first = true;
    String previous = null;
    while (word.find()) {
      String written = word.group();
      String lower = written.toLowerCase(Locale.ROOT);
      String neutral = null;
      if (!first && TRAILING_NOUNS.contains(lower)) {
        neutral = previous + " person"; // "Delivery Man" → "Delivery person"
      } else {
        String prefix = compoundPrefix(lower);
        if (prefix != null) {
          neutral = written.substring(0, prefix.length()) + "person"; // "Boatman" → "Boatperson"
        }
      }
      int start = word.start();
      if (neutral != null && found.stream().noneMatch(g -> g.start() <= start && start < g.end())) {
        found.add(new Gendered(word.start(), word.end(), written, List.of(neutral)));
      }
      first = false;
      previous = written;
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** The part before "man"/"men"/"woman"/"women" of a compound, or null for any other word. */
  private static String compoundPrefix(String lower) {
    if (NOT_COMPOUNDS.contains(lower)) {
      return null;
    }
    for (String suffix : List.of("woman", "women", "man", "men")) {
      if (lower.endsWith(suffix)) {
        String prefix = lower.substring(0, lower.length() - suffix.length());
        // "woman" itself is no compound; a prefix of one letter ("omen") is no word.
        return prefix.length() >= 2 ? prefix : null;
      }
    }
    return null;
  }

  /** {@code forms} with a capital first letter when {@code written} has one. */
  private static List<String> cased(String written, List<String> forms) {
    if (!Character.isUpperCase(written.codePointAt(0))) {
      return forms;
    }
    return forms.stream().map(f -> Character.toUpperCase(f.charAt(0)) + f.substring(1)).toList();
  }
}
