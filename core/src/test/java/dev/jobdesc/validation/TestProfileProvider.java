package dev.jobdesc.validation;

import java.util.List;

/** A provider on the test class path, as an application's jar would ship one. */
public final class TestProfileProvider implements ProfileProvider {
  static final Rule SHORT_TITLE =
      Rule.builder("house-style.short-title")
          .severity(Severity.INFO)
          .category("house-style")
          .description("Titles have at most three words.")
          .check((document, context) -> {
            if (document instanceof dev.jobdesc.model.Role role && role.getTitle().split(" ").length > 3) {
              context.report("/title", "Shorten the title to three words.");
            }
          })
          .build();

  @Override
  public List<Profile> getProfiles() {
    return List.of(Profile.of("house-style", "Our house style.", List.of(SHORT_TITLE)));
  }
}
