/**
 * The speed targets P1–P5 of quality.md: JMH benchmarks of the library against same-run
 * baselines ({@link dev.jobdesc.benchmarks.PageBenchmark}, {@link
 * dev.jobdesc.benchmarks.ReadValidateBenchmark}), whole-process timings of the command line
 * ({@link dev.jobdesc.benchmarks.ColdStart}, {@link dev.jobdesc.benchmarks.BatchScaling}), and
 * {@link dev.jobdesc.benchmarks.Main}, which runs them and prints each target as a ratio. Not
 * published.
 */
package dev.jobdesc.benchmarks;
