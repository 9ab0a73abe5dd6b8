package org.corroborate.analysis.cluster;

import java.util.Objects;

/**
 * How often two sources take the same side, and how often opposite sides, over the propositions
 * both speak to.
 *
 * @param first the smaller source id
 * @param second the larger source id
 * @param agreements propositions on which they take the same side
 * @param disagreements propositions on which they take opposite sides
 */
public record SourcePair(String first, String second, int agreements, int disagreements) {

  /** Requires ordered, distinct ids and non-negative counts. */
  public SourcePair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException("a pair is ordered and distinct: " + first + ", " + second);
    }
    if (agreements < 0 || disagreements < 0) {
      throw new IllegalArgumentException("counts are not negative");
    }
  }

  /** Agreements minus disagreements: the signed weight of the pair's edge. */
  public int balance() {
    return agreements - disagreements;
  }
}
