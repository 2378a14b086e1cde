package dev.jobdesc.internal.rules;

import dev.jobdesc.validation.RuleContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Rules about a date and today, by the validator's clock: an expired posting, a passed deadline,
 * a posting date still to come. The finding's {@code actual} is the date.
 */
public final class ClockDates {
  private ClockDates() {}

  /**
   * Reports {@code date} at {@code pointer} when it is before today, with {@code message} of the
   * date and today.
   */
  public static void reportIfPast(
      RuleContext context, String pointer, Optional<LocalDate> date,
      BiFunction<LocalDate, LocalDate, String> message) {
    LocalDate today = context.today();
    date.filter(d -> d.isBefore(today)).ifPresent(d -> report(context, pointer, d, message.apply(d, today)));
  }

  /** Reports {@code date} at {@code pointer} when it is after today. */
  public static void reportIfFuture(
      RuleContext context, String pointer, Optional<LocalDate> date,
      BiFunction<LocalDate, LocalDate, String> message) {
    LocalDate today = context.today();
    date.filter(d -> d.isAfter(today)).ifPresent(d -> report(context, pointer, d, message.apply(d, today)));
  }

  private static void report(RuleContext context, String pointer, LocalDate date, String message) {
    context.report(context.finding(pointer, message).actual(date.toString()));
  }
}
