package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A numeric value as sources give it: an interval whose ends are each inclusive, exclusive or
 * open, possibly approximate, in a unit.
 *
 * <table>
 *   <caption>How statements map to quantities</caption>
 *   <tr><th>Statement</th><th>Quantity</th></tr>
 *   <tr><td>at least 13</td><td>{@code atLeast(13, "person")}: [13, ∞)</td></tr>
 *   <tr><td>more than a thousand</td><td>{@code moreThan(1000, "person")}: (1000, ∞)</td></tr>
 *   <tr><td>probably over a thousand</td><td>(1000, ∞), with the assertion's hedge {@link
 *       Hedge#PROBABLE}</td></tr>
 *   <tr><td>3–5 days</td><td>{@code between(3, 5, "day")}: [3, 5]</td></tr>
 *   <tr><td>approximately 20 days</td><td>{@code about(20, "day")}: [20, 20], approximate</td></tr>
 *   <tr><td>40–50 %</td><td>{@code between(40, 50, "percent")}</td></tr>
 *   <tr><td>about 300,000 a year</td><td>{@code about(300000, "person/year")}</td></tr>
 *   <tr><td>up to 15 years</td><td>{@code atMost(15, "year")}: (−∞, 15]</td></tr>
 * </table>
 *
 * <p>The approximate flag says the source's own figure is rough; how far it widens the interval
 * is a choice of the analysis, not of the model. Ends are stored without trailing zeros ({@code
 * 20.0} and {@code 20} are the same end), and must lie within ±10<sup>18</sup> with at most 12
 * decimal places, which every count, duration, share or sum a COI report gives does.
 *
 * @param range the interval; never empty
 * @param approximate whether the source gave the figure as approximate ("about", "some")
 * @param unit what is counted or measured: {@code person}, {@code day}, {@code percent}, {@code
 *     rub/month}; no white space
 */
public record Quantity(Range<BigDecimal> range, boolean approximate, String unit) {

  /** The largest magnitude of an interval end. */
  public static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(18);

  /** The most decimal places an interval end may have. */
  public static final int MAX_SCALE = 12;

  private static final Pattern UNIT = Pattern.compile("[\\p{L}\\p{N}%$€£/._-]{1,64}");

  /** Validates every part and normalises the ends; see the parameter descriptions. */
  public Quantity {
    Objects.requireNonNull(range, "quantity range");
    Objects.requireNonNull(unit, "quantity unit");
    checkArgument(!range.isEmpty(), "quantity interval is empty: %s", range);
    range = normalised(range);
    requireUnit(unit);
  }

  /**
   * Returns {@code unit} if it is a valid unit: 1 to 64 letters, digits or {@code % $ € £ / . _
   * -}, without spaces.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static String requireUnit(String unit) {
    Objects.requireNonNull(unit, "unit");
    checkArgument(
        UNIT.matcher(unit).matches(),
        "unit must be 1 to 64 letters, digits or % $ € £ / . _ - without spaces: '%s'",
        unit);
    return unit;
  }

  /** Exactly {@code value}. */
  public static Quantity exactly(long value, String unit) {
    return exactly(BigDecimal.valueOf(value), unit);
  }

  /** Exactly {@code value}. */
  public static Quantity exactly(BigDecimal value, String unit) {
    return new Quantity(Range.singleton(value), false, unit);
  }

  /** About {@code value}: the value, marked approximate. */
  public static Quantity about(long value, String unit) {
    return about(BigDecimal.valueOf(value), unit);
  }

  /** About {@code value}: the value, marked approximate. */
  public static Quantity about(BigDecimal value, String unit) {
    return new Quantity(Range.singleton(value), true, unit);
  }

  /** At least {@code value}: [value, ∞). */
  public static Quantity atLeast(long value, String unit) {
    return new Quantity(Range.atLeast(BigDecimal.valueOf(value)), false, unit);
  }

  /** More than {@code value}: (value, ∞). */
  public static Quantity moreThan(long value, String unit) {
    return new Quantity(Range.greaterThan(BigDecimal.valueOf(value)), false, unit);
  }

  /** At most ("up to") {@code value}: (−∞, value]. */
  public static Quantity atMost(long value, String unit) {
    return new Quantity(Range.atMost(BigDecimal.valueOf(value)), false, unit);
  }

  /** Fewer than {@code value}: (−∞, value). */
  public static Quantity lessThan(long value, String unit) {
    return new Quantity(Range.lessThan(BigDecimal.valueOf(value)), false, unit);
  }

  /** From {@code low} to {@code high}, both inclusive: [low, high]. */
  public static Quantity between(long low, long high, String unit) {
    checkArgument(low <= high, "interval is inverted: %s > %s", low, high);
    return new Quantity(Range.closed(BigDecimal.valueOf(low), BigDecimal.valueOf(high)), false, unit);
  }

  /** This quantity marked approximate. */
  public Quantity approximately() {
    return new Quantity(range, true, unit);
  }

  /** The lower end, empty when unbounded below. */
  public Optional<BigDecimal> lower() {
    return range.hasLowerBound() ? Optional.of(range.lowerEndpoint()) : Optional.empty();
  }

  /** The upper end, empty when unbounded above. */
  public Optional<BigDecimal> upper() {
    return range.hasUpperBound() ? Optional.of(range.upperEndpoint()) : Optional.empty();
  }

  /** Whether the lower end is included; false when unbounded below. */
  public boolean lowerInclusive() {
    return range.hasLowerBound() && range.lowerBoundType() == BoundType.CLOSED;
  }

  /** Whether the upper end is included; false when unbounded above. */
  public boolean upperInclusive() {
    return range.hasUpperBound() && range.upperBoundType() == BoundType.CLOSED;
  }

  /** Whether the interval is a single value. */
  public boolean isPoint() {
    return range.hasLowerBound()
        && range.hasUpperBound()
        && range.lowerEndpoint().compareTo(range.upperEndpoint()) == 0;
  }

  /** Whether {@code value} lies in the interval (the approximate flag is not applied). */
  public boolean contains(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return range.contains(value);
  }

  /** Interval notation with the unit, {@code ~} for approximate: {@code [13, ∞) person}. */
  @Override
  public String toString() {
    String low = lower().map(BigDecimal::toPlainString).orElse("-∞");
    String high = upper().map(BigDecimal::toPlainString).orElse("∞");
    String open = lowerInclusive() ? "[" : "(";
    String close = upperInclusive() ? "]" : ")";
    String interval = isPoint() ? low : open + low + ", " + high + close;
    return (approximate ? "~" : "") + interval + " " + unit;
  }

  private static Range<BigDecimal> normalised(Range<BigDecimal> range) {
    if (range.hasLowerBound() && range.hasUpperBound()) {
      return Range.range(
          end(range.lowerEndpoint()),
          range.lowerBoundType(),
          end(range.upperEndpoint()),
          range.upperBoundType());
    }
    if (range.hasLowerBound()) {
      return Range.downTo(end(range.lowerEndpoint()), range.lowerBoundType());
    }
    if (range.hasUpperBound()) {
      return Range.upTo(end(range.upperEndpoint()), range.upperBoundType());
    }
    return range;
  }

  private static BigDecimal end(BigDecimal value) {
    Objects.requireNonNull(value, "interval end");
    checkArgument(
        value.abs().compareTo(MAX_MAGNITUDE) <= 0,
        "interval end exceeds ±10^18: %s",
        value.precision() > 40 ? "a number of " + value.precision() + " digits" : value);
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    checkArgument(
        stripped.scale() <= MAX_SCALE,
        "interval end has more than %s decimal places: %s",
        MAX_SCALE,
        stripped.precision() > 40 ? "a number of " + stripped.precision() + " digits" : stripped);
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
