package dev.jobdesc.internal.rules.paytransparency;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The jurisdictions {@code pay-transparency:auto} runs for a posting, read from its
 * {@code workplace}:
 *
 * <ul>
 *   <li>Each of {@code workplace.locations}, whatever the arrangement (a remote job tied to an
 *       office is covered where the office is, as Vermont, Illinois and New York State say):
 *       <ul>
 *         <li>country {@code US} or {@code CA} with a region that is one of ours, written as a
 *             code ({@code CO}, {@code US-CO}) or a name ({@code Colorado}, {@code New York
 *             State}), case, accents and dots aside;
 *         <li>New York City: region New York and locality New York, New York City, NYC,
 *             Manhattan, Brooklyn, Queens, (The) Bronx or Staten Island; it implies New York
 *             State, whose law covers the city too;
 *         <li>a country that is an EU member state: the EU.
 *       </ul>
 *       A location without a region names no US or Canadian jurisdiction.
 *   <li>Each of {@code workplace.applicantRegions}, unless the job is {@code ON_SITE} (there the
 *       work is done at the locations, wherever applicants live now):
 *       <ul>
 *         <li>a subdivision of ours ({@code US-CO}, {@code CA-ON}); {@code US-NY} also names New
 *             York City, where a job open anywhere in the state may be done;
 *         <li>a whole country ({@code US}, {@code CA}): every jurisdiction of it, since a remote
 *             job open to the whole country may be done in each (Colorado and NYC both cover
 *             remote jobs that may be done there);
 *         <li>an EU member state, or a subdivision of one ({@code DE}, {@code DE-BE}): the EU.
 *       </ul>
 * </ul>
 *
 * A role document, or a posting without a workplace, names none. Employer headcount thresholds
 * are not modelled, so a small employer is selected like a large one.
 */
final class AutoSelection {
  /** The selection for a document, for {@link dev.jobdesc.validation.RuleContext#shared}. */
  static final Function<JobDocument, Set<Jurisdiction>> OF = AutoSelection::of;

  /** ISO 3166-1 codes of the 27 EU member states (Greece is {@code GR}). */
  private static final Set<String> EU_MEMBERS = Set.of(
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
      "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /** New York City's localities as postings write them, normalised. */
  private static final Set<String> NYC_LOCALITIES = Set.of(
      "new york", "new york city", "city of new york", "nyc", "manhattan", "brooklyn", "queens",
      "bronx", "the bronx", "staten island");

  // Compiled once: normalized runs for every jurisdiction on every posting validated, and
  // String.replaceAll would compile each pattern anew on every call.
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern DOTS_AND_APOSTROPHES = Pattern.compile("[.'’ʻ]");
  private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s-]+");

  private AutoSelection() {}

  /** The jurisdictions of {@code document}, in the order of {@link Jurisdiction}. */
  static Set<Jurisdiction> of(JobDocument document) {
    Set<Jurisdiction> found = EnumSet.noneOf(Jurisdiction.class);
    Optional<Workplace> workplace =
        document instanceof JobDescription job ? job.getWorkplace() : Optional.empty();
    workplace.ifPresent(w -> {
      for (Location location : w.getLocations()) {
        addLocation(location, found);
      }
      if (w.getArrangement() != WorkArrangement.ON_SITE) {
        for (String region : w.getApplicantRegions()) {
          addApplicantRegion(region, found);
        }
      }
    });
    return Collections.unmodifiableSet(found);
  }

  private static void addLocation(Location location, Set<Jurisdiction> found) {
    String country = location.getCountry().trim().toUpperCase(Locale.ROOT);
    if (EU_MEMBERS.contains(country)) {
      found.add(Jurisdiction.EU);
      return;
    }
    String region = location.getRegion().map(AutoSelection::normalized).orElse("");
    for (Jurisdiction j : Jurisdiction.values()) {
      if (j != Jurisdiction.US_NY_NYC && country.equals(j.country()) && names(j, region)) {
        found.add(j);
      }
    }
    boolean newYorkCity = country.equals("US")
        && names(Jurisdiction.US_NY, region)
        && location.getLocality().map(AutoSelection::normalized).filter(NYC_LOCALITIES::contains).isPresent();
    if (newYorkCity) {
      found.add(Jurisdiction.US_NY_NYC);
    }
  }

  private static void addApplicantRegion(String code, Set<Jurisdiction> found) {
    String region = code.trim().toUpperCase(Locale.ROOT);
    int dash = region.indexOf('-');
    String country = dash < 0 ? region : region.substring(0, dash);
    String subdivision = dash < 0 ? null : region.substring(dash + 1);
    if (EU_MEMBERS.contains(country) || region.equals("EU")) {
      found.add(Jurisdiction.EU);
      return;
    }
    for (Jurisdiction j : Jurisdiction.values()) {
      if (country.equals(j.country()) && (subdivision == null || subdivision.equals(j.regionCode()))) {
        found.add(j); // US-NY names New York City too: both carry region NY
      }
    }
  }

  /** Whether the normalised {@code region} is {@code j}'s code or name. */
  private static boolean names(Jurisdiction j, String region) {
    String code = normalized(j.regionCode());
    String name = normalized(j.regionName());
    return region.equals(code)
        || region.equals(normalized(j.country() + "-" + j.regionCode()))
        || region.equals(name)
        || region.equals(name + " state")
        || region.equals("state of " + name);
  }

  /**
   * Lower case, without accents, dots or apostrophes (Hawaiʻi, N.Y.), hyphens and runs of spaces
   * as one space.
   */
  private static String normalized(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    String lower = DOTS_AND_APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    return SPACES_AND_HYPHENS.matcher(lower).replaceAll(" ").trim();
  }
}
