package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared conversion between two units: one {@code from} is {@code rate} {@code to}, as of
 * {@code date}, with where the rate comes from ("3,000 roubles (ca 30 euro)" in a minutes
 * paragraph gives 1 eur = 100 rub). A conversion also reads backwards (1 rub = 1/rate eur). A
 * compound unit converts through its first part, the currency: with 1 eur = 100 rub, 5 eur/month
 * is 500 rub/month ({@link #convert}).
 *
 * @param from the unit converted from, a simple unit ({@code eur})
 * @param to the unit converted to, a simple unit ({@code rub})
 * @param rate how many {@code to} make one {@code from}; positive
 * @param date when the rate held
 * @param passage the id of the passage that gives the rate, when a passage of the corpus does
 * @param note where the rate comes from in words, when no passage gives it, or to add to it
 */
public record UnitConversion(
    String from,
    String to,
    BigDecimal rate,
    PartialDate date,
    Optional<String> passage,
    Optional<String> note) {

  private static final MathContext PRECISION = MathContext.DECIMAL64;

  /** Validates every part; see the parameter descriptions. */
  public UnitConversion {
    Quantity.requireUnit(from);
    Quantity.requireUnit(to);
    checkArgument(!from.contains("/") && !to.contains("/"),
        "a conversion relates simple units, not '%s' and '%s'", from, to);
    checkArgument(!from.equals(to), "a conversion relates two units, not '%s' to itself", from);
    Objects.requireNonNull(rate, "rate");
    checkArgument(rate.signum() > 0, "a conversion rate is positive: %s", rate.toPlainString());
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(passage, "passage");
    passage.ifPresent(p -> Slug.require(p, "conversion passage"));
    note = Wording.optional(note, "conversion note");
    checkArgument(passage.isPresent() || note.isPresent(),
        "a conversion from '%s' to '%s' says where it comes from: a passage or a note", from, to);
  }

  /** One {@code from} is {@code rate} {@code to} as of {@code date}, according to {@code passage}. */
  public static UnitConversion of(
      String from, String to, BigDecimal rate, PartialDate date, String passage) {
    return new UnitConversion(from, to, rate, date, Optional.of(passage), Optional.empty());
  }

  /** The part of a unit a conversion applies to: up to its first {@code /}. */
  public static String currencyOf(String unit) {
    int slash = unit.indexOf('/');
    return slash < 0 ? unit : unit.substring(0, slash);
  }

  /** The rest of a unit after its currency: {@code /month} of {@code rub/month}, or empty. */
  public static String perOf(String unit) {
    int slash = unit.indexOf('/');
    return slash < 0 ? "" : unit.substring(slash);
  }

  /**
   * Whether this conversion turns values in {@code unit} into values in {@code target}, forwards
   * or backwards: their currencies are this conversion's two units and the rest of the units is
   * the same ({@code eur/month} into {@code rub/month}, not into {@code rub/year}).
   */
  public boolean relates(String unit, String target) {
    String a = currencyOf(unit);
    String b = currencyOf(target);
    return perOf(unit).equals(perOf(target))
        && ((a.equals(from) && b.equals(to)) || (a.equals(to) && b.equals(from)));
  }

  /**
   * {@code value} given in {@code unit} expressed in {@code target}, to 16 significant digits.
   *
   * @throws IllegalArgumentException if this conversion does not {@link #relates relate} them
   */
  public BigDecimal convert(BigDecimal value, String unit, String target) {
    Objects.requireNonNull(value, "value");
    checkArgument(relates(unit, target), "conversion %s does not turn '%s' into '%s'", this, unit,
        target);
    return currencyOf(unit).equals(from)
        ? value.multiply(rate, PRECISION)
        : value.divide(rate, PRECISION);
  }

  /** {@code 1 eur = 100 rub (2024-11)}. */
  @Override
  public String toString() {
    return "1 " + from + " = " + rate.toPlainString() + " " + to + " (" + date + ")";
  }
}
