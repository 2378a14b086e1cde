package dev.jobdesc.internal.format;

import dev.jobdesc.model.Necessity;
import dev.jobdesc.model.QualificationKind;

/**
 * Jackson value filters that leave default values out of written documents, so that an item
 * with nothing but its text can take the string shorthand. A filter's {@code equals} answers
 * "is this the default?".
 */
public final class Defaults {
  private Defaults() {}

  /** Leaves out {@code true}. */
  public static final class True {
    @Override
    public boolean equals(Object value) {
      return Boolean.TRUE.equals(value);
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  /** Leaves out {@link QualificationKind#OTHER}. */
  public static final class OtherKind {
    @Override
    public boolean equals(Object value) {
      return value == QualificationKind.OTHER;
    }

    @Override
    public int hashCode() {
      return 2;
    }
  }

  /** Leaves out {@link Necessity#REQUIRED}. */
  public static final class Required {
    @Override
    public boolean equals(Object value) {
      return value == Necessity.REQUIRED;
    }

    @Override
    public int hashCode() {
      return 3;
    }
  }

}
