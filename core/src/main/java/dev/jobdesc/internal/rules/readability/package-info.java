/**
 * The {@code readability} profile: hints on length, bullets, title length and sentence length,
 * with the thresholds of {@link dev.jobdesc.validation.ReadabilityLimits}. Not API: applications
 * use {@link dev.jobdesc.validation.Profiles#readability(dev.jobdesc.validation.ReadabilityLimits)}.
 */
package dev.jobdesc.internal.rules.readability;
