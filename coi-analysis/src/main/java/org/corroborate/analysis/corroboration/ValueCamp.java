package org.corroborate.analysis.corroboration;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Category;
import org.corroborate.model.Quantity;

/**
 * Values that can all be true at once: their intervals, widened where approximate, share {@link
 * #common()}. What every source of the camp asserts is weaker: that the value lies in {@link
 * #span()}, the smallest interval holding all of them. "At least 13" and "over a thousand" allow
 * (1000, ∞) together; both assert only [13, ∞).
 *
 * <p>For a categorical proposition a camp is one answer: the sources that give the same {@link
 * #category()}. Its {@code common} and {@code span} are then every value and its unit is empty.
 *
 * @param common the interval every value of the camp allows (their intersection)
 * @param span the smallest interval holding every value of the camp (their hull)
 * @param unit the unit of the values; empty for a category camp
 * @param lines the camp's independent lines of evidence
 * @param weight the combined weight of the lines, in [0, 1]
 * @param category for a categorical proposition, the answer every source of the camp gives
 */
public record ValueCamp(
    Range<BigDecimal> common,
    Range<BigDecimal> span,
    String unit,
    ImmutableList<EvidenceLine> lines,
    double weight,
    Optional<Category> category) {

  /** A camp of numeric values. */
  public ValueCamp(
      Range<BigDecimal> common, Range<BigDecimal> span, String unit, ImmutableList<EvidenceLine> lines,
      double weight) {
    this(common, span, unit, lines, weight, Optional.empty());
  }

  /** A camp of the sources that give the answer {@code category}. */
  public static ValueCamp ofCategory(Category category, ImmutableList<EvidenceLine> lines, double weight) {
    return new ValueCamp(Range.all(), Range.all(), "", lines, weight, Optional.of(category));
  }

  /**
   * What every source of the camp asserts: its category, or the interval holding all its values
   * ({@link #span()}), with the unit.
   */
  public String asserted() {
    return category.map(Category::toString).orElseGet(() -> format(span, unit));
  }

  /** What the camp says: its category, or the interval its values allow, with the unit. */
  public String label() {
    return category.map(Category::toString).orElseGet(() -> format(common, unit));
  }

  /** The interval in the model's notation with the unit: {@code (1000, ∞) person}. */
  public static String format(Range<BigDecimal> interval, String unit) {
    return new Quantity(interval, false, unit).toString();
  }

  /** Rejects an empty camp and a weight outside [0, 1]. */
  public ValueCamp {
    Objects.requireNonNull(common, "common");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(category, "category");
    if (category.isPresent() && (!common.equals(Range.all()) || !span.equals(Range.all()) || !unit.isEmpty())) {
      throw new IllegalArgumentException("a category camp has no interval and no unit");
    }
    lines = ImmutableList.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a camp holds at least one line");
    }
    if (!(weight >= 0.0 && weight <= 1.0)) {
      throw new IllegalArgumentException("a weight lies in [0, 1]: " + weight);
    }
  }
}
