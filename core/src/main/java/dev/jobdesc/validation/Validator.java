package dev.jobdesc.validation;

import dev.jobdesc.internal.rules.RuleSelection;
import dev.jobdesc.internal.validation.StructureProfile;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.io.SourceMap;
import dev.jobdesc.model.JobDocument;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Validates documents against profiles: {@code structure} (everything model.md states) always,
 * and the profiles added to it. Validation never stops at the first problem and never throws for
 * bad data. Build one and share it: it is immutable and thread-safe, and cheap per call.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .profiles("publishable", "google-jobs", "pay-transparency:auto")
 *     .denyRules("readability.*")                       // by id, or a prefix and .*
 *     .severity("publishable.pay", Severity.ERROR)      // change a rule's severity
 *     .clock(Clock.fixed(...))                          // what "expired" compares with
 *     .build();
 * validator.validate(document).getFindings().forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1
 */
public final class Validator {
  /** The rule id of a rule that threw: a bug in the rule, reported rather than propagated. */
  public static final String INTERNAL_ERROR = "internal-error";

  private static final Validator STANDARD = builder().build();

  private final List<Profile> profiles;
  private final Clock clock;
  private final RuleSelection selection;
  private final List<Rule> rules;
  private final List<Rule> checks;

  private Validator(Builder builder) {
    this.profiles = List.copyOf(builder.profiles.values());
    this.clock = builder.clock;
    this.selection = new RuleSelection(builder.allow, builder.deny, builder.severities);
    Map<String, Rule> byId = new LinkedHashMap<>();
    List<Rule> runnable = new ArrayList<>();
    for (Profile profile : profiles) {
      for (Rule rule : profile.getRules()) {
        if (!selection.reports(rule.getId())) {
          continue;
        }
        byId.putIfAbsent(rule.getId(), selection.adjusted(rule));
        if (rule.getCheck().isPresent()) {
          runnable.add(rule);
        }
      }
    }
    this.rules = List.copyOf(byId.values());
    this.checks = List.copyOf(runnable);
  }

  /** {@return the validator of the {@code structure} profile alone} */
  public static Validator standard() {
    return STANDARD;
  }

  /** {@return a builder, to add profiles and tune rules} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the profiles this validator runs, {@code structure} first} */
  public List<Profile> getProfiles() {
    return profiles;
  }

  /** {@return the names of the profiles this validator runs, {@code structure} first} */
  public List<String> getProfileNames() {
    return profiles.stream().map(Profile::getName).toList();
  }

  /**
   * {@return every rule whose findings this validator reports, once each, with the severity it reports
   * them at: what a report describes}
   */
  public List<Rule> getRules() {
    return rules;
  }

  /**
   * {@return every finding on {@code document}, built in Java or read without positions}
   *
   * @param document the document to check
   */
  public ValidationReport validate(JobDocument document) {
    return validate(document, SourceMap.empty());
  }

  /**
   * {@return every finding on {@code document}, with line and column from {@code sourceMap}}
   *
   * @param document the document to check
   * @param sourceMap the positions the reader recorded for it
   */
  public ValidationReport validate(JobDocument document, SourceMap sourceMap) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sourceMap, "sourceMap");
    List<Finding> found = new ArrayList<>(StructureProfile.instance().check(document));
    Map<Function<?, ?>, Object> shared = RuleContext.newSharedCache();
    for (Rule rule : checks) {
      RuleContext context =
          new RuleContext(rule, selection.severityOf(rule), document, clock, shared, found);
      try {
        rule.getCheck().orElseThrow().check(document, context);
      } catch (RuntimeException e) {
        // A rule must not throw; if one does, the others still run and the report says so.
        found.add(failure(rule, e));
      }
    }
    // A finding reported twice (the same rule through two profiles, such as a jurisdiction's own
    // and pay-transparency:auto) counts once.
    Set<Finding> findings = new LinkedHashSet<>();
    for (Finding finding : found) {
      selection.apply(finding).ifPresent(f -> findings.add(located(f, sourceMap)));
    }
    return new ValidationReport(new ArrayList<>(findings));
  }

  /**
   * {@return the findings of a read: its problems when it failed, else those of its document}
   *
   * @param read what {@link dev.jobdesc.io.DocumentReader} returned
   */
  public ValidationReport validate(ReadResult read) {
    return read.getDocument()
        .map(document -> validate(document, read.getSourceMap()))
        .orElseGet(() -> new ValidationReport(read.getProblems()));
  }

  private static Finding failure(Rule rule, RuntimeException e) {
    return Finding.builder()
        .ruleId(INTERNAL_ERROR)
        .severity(Severity.ERROR)
        .path("")
        .message("The rule " + rule.getId() + " failed on this document (" + e
            + "); please report this bug.")
        .build();
  }

  private static Finding located(Finding finding, SourceMap sourceMap) {
    if (finding.getLine().isPresent()) {
      return finding;
    }
    return sourceMap
        .find(finding.getPath())
        .map(p -> finding.toBuilder().location(p.line(), p.column()).build())
        .orElse(finding);
  }

  /** Builds a {@link Validator}. */
  public static final class Builder {
    private final Map<String, Profile> profiles = new LinkedHashMap<>();
    private final List<String> allow = new ArrayList<>();
    private final List<String> deny = new ArrayList<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {
      profiles.put(StructureProfile.NAME, StructureProfile.DESCRIPTION);
    }

    /**
     * Adds the profiles named, from {@link Profiles#standard()}; {@code structure}, always on, may
     * be named too. An unknown name is an {@link IllegalArgumentException} that lists the known
     * ones.
     *
     * @param names profile names, e.g. {@code publishable} or {@code pay-transparency:US-CO}
     * @return this builder
     */
    public Builder profiles(String... names) {
      if (names.length == 0) {
        return this; // the registry builds every built-in profile: not for nothing
      }
      Profiles known = Profiles.standard();
      for (String name : names) {
        Profile profile = known.get(name);
        if (!name.equals(StructureProfile.NAME)) {
          addProfile(profile);
        }
      }
      return this;
    }

    /**
     * Adds a profile; a profile of the same name replaces it ({@code structure} excepted).
     *
     * @param profile a profile of the application's own, or one made by {@link Profiles}
     * @return this builder
     */
    public Builder addProfile(Profile profile) {
      Objects.requireNonNull(profile, "profile");
      if (profile.getName().equals(StructureProfile.NAME)) {
        throw new IllegalArgumentException("structure is always on and cannot be replaced");
      }
      profiles.put(profile.getName(), profile);
      return this;
    }

    /**
     * Reports only the findings of these rules: ids, or prefixes ending in {@code .*} such as
     * {@code language.*}. Without any, every rule reports. Unreadable documents always do.
     *
     * @param ruleIds rule ids, or prefixes ending in {@code .*}
     * @return this builder
     */
    public Builder allowRules(String... ruleIds) {
      allow.addAll(List.of(ruleIds));
      return this;
    }

    /**
     * Reports no findings of these rules (ids, or prefixes ending in {@code .*}).
     *
     * @param ruleIds rule ids, or prefixes ending in {@code .*}
     * @return this builder
     */
    public Builder denyRules(String... ruleIds) {
      deny.addAll(List.of(ruleIds));
      return this;
    }

    /**
     * Reports the findings of {@code ruleId} at {@code severity} instead of its default.
     *
     * @param ruleId the rule's id
     * @param severity the severity its findings get
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Sets the clock that expiry and deadline rules compare with; the system clock by default.
     *
     * @param clock the clock to read today's date from
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** {@return the validator} */
    public Validator build() {
      return new Validator(this);
    }
  }
}
