package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of time with partial-date ends, either of which may be open: "since August 2024", "until
 * 2022", "2024-11-07", "ever".
 *
 * <p>Both ends are inclusive and cover the whole of their partial date: {@code 2024-08..2024} is
 * 1 August 2024 to 31 December 2024. A span is never inverted: its start must not lie after its
 * end.
 *
 * <p><b>The two sides of a change.</b> Sources scope statements by a change: "before the 2023
 * law", "since October 2023", "previously", "now". A change is dated by the partial date {@code X}
 * on which the new state first holds (the law in force, the month the fine rose). "Before X" is
 * {@link #before(PartialDate)}: every day up to the day before the first day of {@code X}; "since
 * X", "after X" and "from X on" are {@link #from(PartialDate)}: every day from the first day of
 * {@code X}. The two sides of one change never overlap and leave no day between them, whatever the
 * precision of {@code X}: "before October 2023" ends on 30 September 2023, "since October 2023"
 * begins on 1 October 2023. {@link #endingBefore(PartialDate)} closes a span at the next change
 * the same way.
 *
 * @param from the first partial date covered, empty when open to the past
 * @param to the last partial date covered, empty when open to the future
 */
public record TimeSpan(Optional<PartialDate> from, Optional<PartialDate> to) {

  private static final TimeSpan ALWAYS = new TimeSpan(Optional.empty(), Optional.empty());

  /** Validates that the span is not inverted. */
  public TimeSpan {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent()) {
      checkArgument(
          !from.get().start().isAfter(to.get().end()),
          "time span is inverted: %s lies after %s",
          from.get(),
          to.get());
    }
  }

  /** All of time: open at both ends. */
  public static TimeSpan always() {
    return ALWAYS;
  }

  /** The span covering exactly one partial date ({@code 2024-11} is all of November 2024). */
  public static TimeSpan at(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return new TimeSpan(Optional.of(date), Optional.of(date));
  }

  /** From {@code from} to {@code to}, both inclusive. */
  public static TimeSpan between(PartialDate from, PartialDate to) {
    return new TimeSpan(Optional.of(from), Optional.of(to));
  }

  /** From {@code from} on, open to the future. */
  public static TimeSpan since(PartialDate from) {
    return new TimeSpan(Optional.of(from), Optional.empty());
  }

  /** Up to and including {@code to}, open to the past. */
  public static TimeSpan until(PartialDate to) {
    return new TimeSpan(Optional.empty(), Optional.of(to));
  }

  /**
   * Every day before the change dated {@code change}: up to and including the day before its first
   * day ("before October 2023" is {@code ../2023-09-30}). See the class description.
   *
   * @throws IllegalArgumentException if {@code change} begins on 1 January of year 1
   */
  public static TimeSpan before(PartialDate change) {
    Objects.requireNonNull(change, "change");
    checkArgument(change.start().getYear() > 1 || change.start().getDayOfYear() > 1,
        "nothing lies before %s", change);
    return until(PartialDate.of(change.start().minusDays(1)));
  }

  /**
   * Every day from the change dated {@code change} on: from its first day ("since October 2023",
   * "after the 2023 law"). The same span as {@link #since(PartialDate)}; the name says that it is
   * the other side of {@link #before(PartialDate)}.
   */
  public static TimeSpan from(PartialDate change) {
    return since(change);
  }

  /**
   * This span closed before the change dated {@code change}: from this span's start to the day
   * before the first day of {@code change} ("from 2022 until the October 2023 amendment").
   *
   * @throws IllegalArgumentException if the span would be inverted
   */
  public TimeSpan endingBefore(PartialDate change) {
    return new TimeSpan(from, before(change).to());
  }

  /** The first day covered, empty when open to the past. */
  public Optional<LocalDate> firstDay() {
    return from.map(PartialDate::start);
  }

  /** The last day covered, empty when open to the future. */
  public Optional<LocalDate> lastDay() {
    return to.map(PartialDate::end);
  }

  /** Whether some day lies in both spans. Constant time; each end is read once. */
  public boolean overlaps(TimeSpan other) {
    Objects.requireNonNull(other, "other");
    // an open end never stops an overlap; each closed end is turned into a day once
    boolean startsBeforeOtherEnds = from.isEmpty() || other.to.isEmpty()
        || !from.get().start().isAfter(other.to.get().end());
    return startsBeforeOtherEnds && (other.from.isEmpty() || to.isEmpty()
        || !other.from.get().start().isAfter(to.get().end()));
  }

  /** Whether every day of {@code other} lies in this span. Constant time; each end read once. */
  public boolean encloses(TimeSpan other) {
    Objects.requireNonNull(other, "other");
    boolean startOk = from.isEmpty()
        || (other.from.isPresent() && !other.from.get().start().isBefore(from.get().start()));
    return startOk && (to.isEmpty()
        || (other.to.isPresent() && !other.to.get().end().isAfter(to.get().end())));
  }

  /** Whether {@code day} lies in this span. */
  public boolean contains(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return firstDay().map(f -> !day.isBefore(f)).orElse(true)
        && lastDay().map(l -> !day.isAfter(l)).orElse(true);
  }

  /** ISO 8601-2 interval notation, {@code ..} for an open end: {@code 2024-08/..}. */
  @Override
  public String toString() {
    String start = from.map(PartialDate::toString).orElse("..");
    String end = to.map(PartialDate::toString).orElse("..");
    return from.isPresent() && from.equals(to) ? start : start + "/" + end;
  }
}
