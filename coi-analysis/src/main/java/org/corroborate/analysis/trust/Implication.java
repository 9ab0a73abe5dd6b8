package org.corroborate.analysis.trust;

/**
 * How far a claim of one value for an object supports (positive) or opposes (negative) another
 * value of the same object: Yin, Han &amp; Yu's {@code imp(f₁ → f₂)}, in [−1, 1]. "Knuth" supports
 * "Knuth, Donald E." and opposes "Graham". Values of different objects never imply one another.
 *
 * <p>Laws: a pure, deterministic function of its arguments; the result lies in [−1, 1]; a value
 * does not imply itself (it is never asked). {@link #NONE} is the implication of unrelated values.
 */
@FunctionalInterface
public interface Implication {

  /** Values imply nothing about one another. */
  Implication NONE = (object, from, to) -> 0.0;

  /** The support a claim of {@code from} gives to {@code to}, both values of {@code object}. */
  double between(String object, String from, String to);

  /**
   * The implication of sets written as {@code a|b|c} (a {@code |} or backslash inside a member
   * escaped by a backslash, as {@link EvidenceClaims#categoryValue} writes them): their Jaccard similarity minus {@code base}
   * (Yin, Han &amp; Yu use 0.5), so that sets sharing less than {@code base} of their members
   * oppose one another.
   */
  static Implication setOverlap(double base) {
    if (!(base >= 0 && base <= 1)) {
      throw new IllegalArgumentException("base similarity must lie in [0, 1]: " + base);
    }
    return (object, from, to) -> SetValues.jaccard(from, to) - base;
  }
}
