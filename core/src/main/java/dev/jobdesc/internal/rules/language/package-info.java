/**
 * The {@code language} profile: lint of a document's prose against the word lists of a
 * {@link dev.jobdesc.validation.Lexicon} (gendered, gender-coded, age-coded, jargon, ableist
 * wording, with the outreach exemption). Not API: applications use
 * {@link dev.jobdesc.validation.Profiles#language(dev.jobdesc.validation.Lexicon)}.
 */
package dev.jobdesc.internal.rules.language;
