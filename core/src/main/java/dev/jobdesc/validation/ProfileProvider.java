package dev.jobdesc.validation;

import java.util.List;

/**
 * Supplies profiles from a jar: list the implementation in
 * {@code META-INF/services/dev.jobdesc.validation.ProfileProvider} and {@link Profiles#standard()}
 * (and so {@code jobdesc validate --profile} and {@code jobdesc profiles}) finds its profiles
 * beside the built-in ones. A provider's profile of a built-in name replaces it.
 *
 * @since 0.1
 */
public interface ProfileProvider {

  /** {@return the profiles this provider adds} */
  List<Profile> getProfiles();
}
