/**
 * The {@code pay-transparency:<JURISDICTION>} profiles and {@code pay-transparency:auto}: the
 * job-posting obligations of the pay-transparency laws researched in
 * {@code research/anchors-lint-compliance.md} (section 2 and the rule catalogue of section 6).
 *
 * <p>{@link dev.jobdesc.internal.rules.paytransparency.PayTransparencyProfiles} holds the table: one
 * row per {@link dev.jobdesc.internal.rules.paytransparency.Jurisdiction}, listing the kinds of rule
 * its law asks for and the citation of each. A kind of rule (a pay range present and bounded,
 * benefits described, a phrase the law bars…) is written once and parameterised by jurisdiction.
 * Every finding cites its source, names its jurisdiction and says it is not legal advice. Not API.
 */
package dev.jobdesc.internal.rules.paytransparency;
