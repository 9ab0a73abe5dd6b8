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
    // no boxing and no Optional of a date: this is read for every bearing of a large analysis,
    // and a date that does not leave this method need not be allocated at all
    return new DayRange(
        span.from().isPresent() ? span.from().get().start().toEpochDay() : Long.MIN_VALUE,
        span.to().isPresent() ? span.to().get().end().toEpochDay() : Long.MAX_VALUE);
  }

  /** Whether some day lies in both ranges; the same answer as {@link TimeSpan#overlaps}. */
  public boolean overlaps(DayRange other) {
    return first <= other.last && other.first <= last;
  }
}
