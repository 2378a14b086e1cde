package dev.jobdesc.internal.rules;

import dev.jobdesc.internal.rules.googlejobs.GoogleJobsProfile;
import dev.jobdesc.internal.rules.language.LanguageProfile;
import dev.jobdesc.internal.rules.paytransparency.PayTransparencyProfiles;
import dev.jobdesc.internal.rules.publishable.PublishableProfile;
import dev.jobdesc.internal.rules.readability.ReadabilityProfile;
import dev.jobdesc.internal.validation.StructureProfile;
import dev.jobdesc.validation.Lexicon;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.ReadabilityLimits;
import java.util.ArrayList;
import java.util.List;

/** The profiles jobdesc ships, in the order {@code jobdesc profiles} lists them. */
public final class BuiltInProfiles {
  private BuiltInProfiles() {}

  /** Every built-in profile, {@code structure} first. */
  public static List<Profile> all() {
    return Holder.ALL;
  }

  /** Built on first use, once: word lists and patterns are compiled here. */
  private static final class Holder {
    static final List<Profile> ALL = List.copyOf(create());
  }

  private static List<Profile> create() {
    List<Profile> profiles = new ArrayList<>();
    profiles.add(StructureProfile.DESCRIPTION);
    profiles.add(PublishableProfile.create());
    profiles.add(GoogleJobsProfile.create());
    profiles.addAll(PayTransparencyProfiles.all());
    profiles.add(LanguageProfile.create(Lexicon.standard()));
    profiles.add(ReadabilityProfile.create(ReadabilityLimits.defaults()));
    return profiles;
  }
}
