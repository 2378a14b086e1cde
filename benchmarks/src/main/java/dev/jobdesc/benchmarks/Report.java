package dev.jobdesc.benchmarks;

import java.util.Locale;

/** Prints a target as its ratio, the target and whether it holds, one line each. */
final class Report {
  private Report() {}

  static void line(String id, double ratio, String target, boolean met) {
    System.out.printf(
        Locale.ROOT, "%-24s %6.2f×  (target %s)  %s%n", id, ratio, target, met ? "met" : "NOT MET");
  }
}
