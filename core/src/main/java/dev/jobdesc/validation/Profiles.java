package dev.jobdesc.validation;

import dev.jobdesc.internal.rules.BuiltInProfiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The profiles a validator can run by name: the built-in ones ({@code structure},
 * {@code publishable}, {@code google-jobs}, {@code pay-transparency:<JURISDICTION>} and
 * {@code pay-transparency:auto}, {@code language}, {@code readability}) and those that
 * {@link ProfileProvider}s on the class path add.
 *
 * @since 0.1
 */
public final class Profiles {
  private final Map<String, Profile> byName;

  private Profiles(Map<String, Profile> byName) {
    this.byName = byName;
  }

  /** The built-in profiles and those of the providers the class path lists, in that order. */
  public static Profiles standard() {
    return discover(Thread.currentThread().getContextClassLoader());
  }

  /** The built-in profiles and those of the providers {@code classLoader} finds. */
  public static Profiles discover(ClassLoader classLoader) {
    Map<String, Profile> byName = new LinkedHashMap<>();
    for (Profile profile : BuiltInProfiles.all()) {
      byName.put(profile.getName(), profile);
    }
    for (ProfileProvider provider : ServiceLoader.load(ProfileProvider.class, classLoader)) {
      for (Profile profile : provider.getProfiles()) {
        byName.put(profile.getName(), profile);
      }
    }
    return new Profiles(byName);
  }

  /** The profile named {@code name}, e.g. {@code pay-transparency:US-CO}. */
  public Optional<Profile> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The profile named {@code name}; an unknown name is an error that lists the known ones. */
  public Profile get(String name) {
    return find(name)
        .orElseThrow(
            () -> new IllegalArgumentException(
                "unknown profile '" + name + "'; known profiles: " + String.join(", ", names())));
  }

  /** Every profile, built-in ones first. */
  public List<Profile> all() {
    return List.copyOf(byName.values());
  }

  /** The names of every profile, built-in ones first. */
  public List<String> names() {
    return new ArrayList<>(byName.keySet());
  }
}
