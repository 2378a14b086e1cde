/**
 * Jazzer fuzz tests of the readers and the renderers (quality target R3): each replays its inputs
 * in every build and fuzzes when {@code JAZZER_FUZZ=1} is set (see the module's README.md).
 */
package dev.jobdesc.fuzz;
