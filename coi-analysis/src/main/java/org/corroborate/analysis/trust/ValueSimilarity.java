package org.corroborate.analysis.trust;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How similar two values of one object are, in [0, 1]: Dong, Berti-Equille &amp; Srivastava's
 * {@code sim(v, v′)} (VLDB 2009, §3.3), by which AccuSim lets a value's vote count partly for the
 * values like it. "Knuth|Graham" is like "Knuth|Graham|Patashnik"; 741329 is like 741330.
 *
 * <p>Laws, which every implementation keeps: a pure, deterministic function of its arguments; the
 * result lies in [0, 1]; symmetric in the two values. A value's similarity to itself is never
 * asked. {@link #NONE} makes every two values unlike.
 */
@FunctionalInterface
public interface ValueSimilarity {

  /** Every two values are unlike. */
  ValueSimilarity NONE = (object, a, b) -> 0.0;

  /** The similarity of values {@code a} and {@code b} of {@code object}, in [0, 1]. */
  double between(String object, String a, String b);

  /**
   * The similarity of sets written {@code a|b|c} (as {@link EvidenceClaims#categoryValue} writes
   * a category): {@code |A ∩ B| / |A ∪ B|}, the Jaccard similarity. O(length of both values).
   */
  static ValueSimilarity jaccard() {
    return (object, a, b) -> SetValues.jaccard(a, b);
  }

  /**
   * The relative closeness of two decimal numbers written in plain form ({@code 741329}, {@code
   * 0.5}): {@code max(0, 1 − |a − b| / max(|a|, |b|))}, 1 for two zeros; values that are not
   * numbers are unlike anything. So 741329 and 741330 are 0.999999 alike, 100 and 50 are 0.5
   * alike, and numbers of opposite signs are unlike. O(length of both values).
   */
  static ValueSimilarity relativeCloseness() {
    return (object, a, b) -> {
      Optional<BigDecimal> x = number(a);
      Optional<BigDecimal> y = number(b);
      if (x.isEmpty() || y.isEmpty()) {
        return 0.0;
      }
      double p = x.get().doubleValue();
      double q = y.get().doubleValue();
      double scale = Math.max(Math.abs(p), Math.abs(q));
      return scale == 0 ? 1.0 : Math.max(0.0, 1 - Math.abs(p - q) / scale);
    };
  }

  private static Optional<BigDecimal> number(String text) {
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
