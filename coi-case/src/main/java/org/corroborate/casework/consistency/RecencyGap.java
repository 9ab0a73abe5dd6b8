package org.corroborate.casework.consistency;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.corroborate.model.PartialDate;
import org.corroborate.model.TimeSpan;

/**
 * How a statement with no time of its own covers a fact: a statement made at date D describes the
 * situation over the recency window before D, and covers a fact whose time overlaps that window;
 * the gap is how far the fact lies before D.
 *
 * @param madeOn the date the statement was made (its document's date, else its publication)
 * @param window the recency window it is read to describe: from the recency months before the
 *     first day of {@code madeOn} to its last day
 * @param months the whole months from the last day of the fact's time to the first day of {@code
 *     madeOn}; 0 when the fact reaches into the month the statement was made
 */
public record RecencyGap(PartialDate madeOn, TimeSpan window, long months) {

  /** Rejects null parts and a negative gap. */
  public RecencyGap {
    Objects.requireNonNull(madeOn, "madeOn");
    Objects.requireNonNull(window, "window");
    checkArgument(months >= 0, "a gap is not negative: %s", months);
  }
}
