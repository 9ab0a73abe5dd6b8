package org.corroborate.analysis.corroboration;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Objects;
import org.corroborate.model.Quantity;

/**
 * Values that can all be true at once: their intervals, widened where approximate, share {@link
 * #common()}. What every source of the camp asserts is weaker: that the value lies in {@link
 * #span()}, the smallest interval holding all of them. "At least 13" and "over a thousand" allow
 * (1000, ∞) together; both assert only [13, ∞).
 *
 * @param common the interval every value of the camp allows (their intersection)
 * @param span the smallest interval holding every value of the camp (their hull)
 * @param unit the unit of the values
 * @param lines the camp's independent lines of evidence
 * @param weight the combined weight of the lines, in [0, 1]
 */
public record ValueCamp(
    Range<BigDecimal> common,
    Range<BigDecimal> span,
    String unit,
    ImmutableList<EvidenceLine> lines,
    double weight) {

  /** The interval in the model's notation with the unit: {@code (1000, ∞) person}. */
  public static String format(Range<BigDecimal> interval, String unit) {
    return new Quantity(interval, false, unit).toString();
  }

  /** Rejects an empty camp and a weight outside [0, 1]. */
  public ValueCamp {
    Objects.requireNonNull(common, "common");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(unit, "unit");
    lines = ImmutableList.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a camp holds at least one line");
    }
    if (!(weight >= 0.0 && weight <= 1.0)) {
      throw new IllegalArgumentException("a weight lies in [0, 1]: " + weight);
    }
  }
}
