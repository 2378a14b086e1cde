/**
 * The baseline of P3: a plain mutable mirror of a job description's JSON, public fields and no
 * checks, which Jackson binds directly. Benchmark-only; it stands for what an application would
 * write if it did not use the library.
 */
package dev.jobdesc.benchmarks.pojo;
