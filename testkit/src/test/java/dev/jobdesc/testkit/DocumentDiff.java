package dev.jobdesc.testkit;

import dev.jobdesc.io.DocumentWriter;
import dev.jobdesc.io.Format;
import dev.jobdesc.model.JobDocument;

/** Where two documents differ, told by the first differing line of their JSON. */
final class DocumentDiff {
  private DocumentDiff() {}

  static String describe(JobDocument expected, JobDocument actual) {
    String[] want = DocumentWriter.standard().write(expected, Format.JSON).split("\n");
    String[] got = DocumentWriter.standard().write(actual, Format.JSON).split("\n");
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String wanted = i < want.length ? want[i] : "(end)";
      String gotten = i < got.length ? got[i] : "(end)";
      if (!wanted.equals(gotten)) {
        return "first difference at JSON line " + (i + 1) + ":\n  expected " + wanted.strip()
            + "\n  but got  " + gotten.strip();
      }
    }
    // Same JSON, different values: a difference that writing hides, such as a left-out value.
    return "the documents write the same JSON but differ:\n  expected " + expected
        + "\n  but got  " + actual;
  }
}
