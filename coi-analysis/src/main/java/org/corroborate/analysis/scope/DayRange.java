package org.corroborate.analysis.scope;

import java.util.Objects;
import org.corroborate.model.TimeSpan;

/**
 * A time span as a range of epoch days, for comparing many spans cheaply: the first and last day
 * it covers, {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE} for open ends.
 *
 * @param first the first epoch day covered
 * @param last the last epoch day covered
 */
public record DayRange(long first, long last) {

  /** Rejects an inverted range. */
  public DayRange {
    if (first > last) {
      throw new IllegalArgumentException("inverted day range: " + first + " > " + last);
    }
  }

  /** The days {@code span} covers. */
  public static DayRange of(TimeSpan span) {
    Objects.requireNonNull(span, "span");
    // no boxing: this is read for every bearing of a large analysis
    java.util.Optional<java.time.LocalDate> first = span.firstDay();
    java.util.Optional<java.time.LocalDate> last = span.lastDay();
    return new DayRange(first.isPresent() ? first.get().toEpochDay() : Long.MIN_VALUE,
        last.isPresent() ? last.get().toEpochDay() : Long.MAX_VALUE);
  }

  /** Whether some day lies in both ranges; the same answer as {@link TimeSpan#overlaps}. */
  public boolean overlaps(DayRange other) {
    return first <= other.last && other.first <= last;
  }
}
