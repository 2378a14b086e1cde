/**
 * Test support for code that handles job descriptions, usable from any test framework (it needs
 * none): {@link dev.jobdesc.testkit.DocumentGenerator} makes valid documents from a seed,
 * {@link dev.jobdesc.testkit.Breakage} breaks one in exactly one way with the finding it must
 * cause, and {@link dev.jobdesc.testkit.Findings} asserts on validation reports.
 *
 * <p>Add {@code dev.jobdesc:jobdesc-testkit} to your test scope, and feed your property tests
 * from seeds, printing the seed of a failing case: the generator gives the same documents for the
 * same seed, so a failure is replayed with {@code DocumentGenerator.withSeed(thatSeed)}.
 *
 * @since 0.1
 */
package dev.jobdesc.testkit;
