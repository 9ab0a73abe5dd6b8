package org.corroborate.analysis.trust;

/**
 * How far a claim of one value of an object also supports another value of it, in [0, 1], and
 * not the other way round: a <em>format</em> relation between values. A store that lists only the
 * first author of a book ("Knuth") states part of the full list ("Graham|Knuth|Patashnik") in a
 * shorter format and so lends it its vote; the full list does not support the partial one.
 *
 * <p>This is the formatting idea of Dong, Berti-Equille &amp; Srivastava (VLDB 2009, §3.3, <a
 * href="https://doi.org/10.14778/1687627.1687690">doi:10.14778/1687627.1687690</a>: a value that
 * is a sub-value of another, such as a partial author list, partially supports it) and of Yin, Han
 * &amp; Yu's asymmetric implication {@code imp(f₁ → f₂)} (KDD 2007): unlike {@link
 * ValueSimilarity} it is not symmetric. The weight of the support is a parameter of the method
 * ({@link CopyAwareAccuracy.Parameters#formatWeight()}, {@link TruthFinder.Parameters#formatWeight()}).
 *
 * <p>Laws, which every implementation keeps: a pure, deterministic function of its arguments; the
 * result lies in [0, 1]. A value's support of itself is never asked. {@link #NONE} supports
 * nothing.
 */
@FunctionalInterface
public interface ValueSupport {

  /** No value supports another. */
  ValueSupport NONE = (object, from, to) -> 0.0;

  /** The support a claim of {@code from} lends to {@code to}, both values of {@code object}. */
  double between(String object, String from, String to);

  /**
   * Partial lists support the full list: for sets written {@code a|b|c} (as {@link
   * EvidenceClaims#categoryValue} writes a category), 1 when the members of {@code from} are a
   * proper subset of those of {@code to}, otherwise 0. O(length of both values).
   */
  static ValueSupport partialList() {
    return (object, from, to) -> SetValues.properSubset(from, to) ? 1.0 : 0.0;
  }
}
