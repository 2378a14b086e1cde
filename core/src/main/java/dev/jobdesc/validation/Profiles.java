package dev.jobdesc.validation;

import dev.jobdesc.internal.rules.BuiltInProfiles;
import dev.jobdesc.internal.rules.language.LanguageProfile;
import dev.jobdesc.internal.rules.readability.ReadabilityProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /** {@return the built-in profiles and those of the providers the class path lists, in that order} */
  public static Profiles standard() {
    return discover(Thread.currentThread().getContextClassLoader());
  }

  /**
   * {@return the built-in profiles and those of the providers {@code classLoader} finds}
   *
   * @param classLoader the loader that finds the {@link ProfileProvider}s
   */
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

  /**
   * {@return the {@code language} profile built from {@code lexicon}'s word lists, in place of the standard
   * ones: add it to a validator with {@link Validator.Builder#addProfile}, where it replaces the
   * built-in profile of that name}
   *
   * <pre>{@code
   * Validator.builder()
   *     .addProfile(Profiles.language(Lexicon.standard().plus(Lexicon.Category.JARGON, ourJargon)))
   *     .build();
   * }</pre>
   *
   * @param lexicon the word lists to check against
   * @since 0.1
   */
  public static Profile language(Lexicon lexicon) {
    return LanguageProfile.create(Objects.requireNonNull(lexicon, "lexicon"));
  }

  /**
   * {@return the {@code readability} profile with {@code limits} in place of the defaults}
   *
   * @param limits the thresholds to apply
   * @since 0.1
   */
  public static Profile readability(ReadabilityLimits limits) {
    return ReadabilityProfile.create(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * {@return the profile named {@code name}, e.g. {@code pay-transparency:US-CO}}
   *
   * @param name a profile name
   */
  public Optional<Profile> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * {@return the profile named {@code name}; an unknown name is an error that lists the known ones}
   *
   * @param name a profile name
   */
  public Profile get(String name) {
    return find(name)
        .orElseThrow(
            () -> new IllegalArgumentException(
                "unknown profile '" + name + "'; known profiles: " + String.join(", ", names())));
  }

  /** {@return every profile, built-in ones first} */
  public List<Profile> all() {
    return List.copyOf(byName.values());
  }

  /** {@return the names of every profile, built-in ones first} */
  public List<String> names() {
    return new ArrayList<>(byName.keySet());
  }
}
