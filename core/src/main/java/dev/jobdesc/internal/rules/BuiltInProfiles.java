package dev.jobdesc.internal.rules;

import dev.jobdesc.internal.validation.StructureProfile;
import dev.jobdesc.validation.Profile;
import java.util.ArrayList;
import java.util.List;

/** The profiles jobdesc ships, in the order {@code jobdesc profiles} lists them. */
public final class BuiltInProfiles {
  private BuiltInProfiles() {}

  /** Every built-in profile, {@code structure} first. */
  public static List<Profile> all() {
    List<Profile> profiles = new ArrayList<>();
    profiles.add(StructureProfile.DESCRIPTION);
    return profiles;
  }
}
