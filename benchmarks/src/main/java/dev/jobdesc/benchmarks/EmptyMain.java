package dev.jobdesc.benchmarks;

/**
 * The floor of P4: a {@code main} that does nothing, run as {@code java -cp jobdesc.jar:DIR}, so
 * that the JVM starts and opens the command's jar but loads none of its classes.
 */
public final class EmptyMain {
  private EmptyMain() {}

  /**
   * Does nothing.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // The JVM's own start and exit are what is measured.
  }
}
