package dev.jobdesc.testkit;

import dev.jobdesc.io.ReadLimits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The random choices of the generators, all drawn from one source so that a seed fixes every
 * document. List sizes and presence follow the shapes real documents have: mostly a few items,
 * sometimes none, now and then dozens, rarely the 500-item limit.
 */
final class Chance {
  /** The longest list the reader accepts by default: 500. */
  static final int MAX_LIST_SIZE = ReadLimits.DEFAULTS.maxListSize();

  private final RandomGenerator random;

  Chance(RandomGenerator random) {
    this.random = random;
  }

  /** True or false, with equal chance: with {@link #maybe}, a yes/no that may be unstated. */
  boolean coin() {
    return random.nextBoolean();
  }

  /** True with probability {@code 1/n}. */
  boolean oneIn(int n) {
    return random.nextInt(n) == 0;
  }

  /** A number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  /** A number from {@code min} to {@code max}, both included. */
  long between(long min, long max) {
    return random.nextLong(min, max + 1);
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }

  /** One or more distinct constants of {@code type}, in random order. */
  <E extends Enum<E>> List<E> distinct(Class<E> type) {
    List<E> constants = new ArrayList<>(List.of(type.getEnumConstants()));
    for (int i = constants.size() - 1; i > 0; i--) { // Fisher–Yates, on our own source
      Collections.swap(constants, i, random.nextInt(i + 1));
    }
    return constants.subList(0, between(1, constants.size()));
  }

  /** The value half of the time, else empty: every optional value is sometimes present. */
  <T> Optional<T> maybe(Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  /** A list of at least {@code min} items: mostly a few, sometimes none, now and then dozens. */
  <T> List<T> listOf(int min, Supplier<T> item) {
    return list(Math.max(min, size()), item);
  }

  /**
   * Like {@link #listOf}, but rarely exactly the 500-item limit: for lists of short items only, so
   * that a document stays far below the 1 MiB limit.
   */
  <T> List<T> listUpToLimitOf(int min, Supplier<T> item) {
    return oneIn(1000) ? list(MAX_LIST_SIZE, item) : listOf(min, item);
  }

  /** From {@code min} to 4 items: for lists inside list items, which must not multiply out. */
  <T> List<T> fewOf(int min, Supplier<T> item) {
    return list(between(min, 4), item);
  }

  private int size() {
    int roll = random.nextInt(100);
    if (roll < 30) {
      return 0;
    }
    if (roll < 75) {
      return between(1, 4);
    }
    return roll < 95 ? between(5, 15) : between(16, 60);
  }

  private static <T> List<T> list(int size, Supplier<T> item) {
    List<T> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(item.get());
    }
    return items;
  }
}
