package dev.jobdesc.validation;

import dev.jobdesc.internal.validation.StructureProfile;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.io.SourceMap;
import dev.jobdesc.model.JobDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates documents against profiles: {@code structure} (everything model.md states) always,
 * and the profiles added to it. Validation never stops at the first problem and never throws for
 * bad data. Build one and share it: it is immutable and thread-safe, and cheap per call.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(document);
 * report.getFindings().forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1
 */
public final class Validator {
  private static final Validator STANDARD = builder().build();

  private final List<Profile> profiles;

  private Validator(List<Profile> profiles) {
    this.profiles = List.copyOf(profiles);
  }

  /** The validator of the {@code structure} profile alone. */
  public static Validator standard() {
    return STANDARD;
  }

  /** A builder, to add profiles. */
  public static Builder builder() {
    return new Builder();
  }

  /** The names of the profiles this validator runs, {@code structure} first. */
  public List<String> getProfileNames() {
    return profiles.stream().map(Profile::getName).toList();
  }

  /** Every finding on {@code document}, built in Java or read without positions. */
  public ValidationReport validate(JobDocument document) {
    return validate(document, SourceMap.empty());
  }

  /** Every finding on {@code document}, with line and column from {@code sourceMap}. */
  public ValidationReport validate(JobDocument document, SourceMap sourceMap) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sourceMap, "sourceMap");
    List<Finding> findings = new ArrayList<>();
    for (Profile profile : profiles) {
      for (Finding finding : profile.check(document)) {
        findings.add(located(finding, sourceMap));
      }
    }
    return new ValidationReport(findings);
  }

  /** The findings of a read: its problems when it failed, else those of its document. */
  public ValidationReport validate(ReadResult read) {
    return read.getDocument()
        .map(document -> validate(document, read.getSourceMap()))
        .orElseGet(() -> new ValidationReport(read.getProblems()));
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

    private Builder() {
      profiles.put(StructureProfile.NAME, StructureProfile.instance());
    }

    /** Adds a profile; a profile of the same name replaces it. */
    public Builder addProfile(Profile profile) {
      profiles.put(profile.getName(), profile);
      return this;
    }

    /** The validator. */
    public Validator build() {
      return new Validator(new ArrayList<>(profiles.values()));
    }
  }
}
