/** The {@code google-jobs} profile: Google for Jobs' requirements and policies. Not API. */
package dev.jobdesc.internal.rules.googlejobs;
