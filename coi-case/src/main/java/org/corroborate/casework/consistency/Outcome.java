package org.corroborate.casework.consistency;

/**
 * How a fact stands against the COI available on the decision date. With S the independent lines
 * that support the fact and O those that contradict it: S ≥ 1, O = 0 is {@link #CONSISTENT}; S ≥ 1,
 * O ≥ 1 is {@link #CONSISTENT_WITH_SOME}; S = 0, O ≥ 1 is {@link #INCONSISTENT}; S = 0, O = 0 is
 * {@link #NOT_COVERED}, whatever else is said: a fact met only by "no evidence known" statements is
 * not covered, since absence of information is never inconsistency.
 */
public enum Outcome {
  /** COI supports the fact and nothing contradicts it. */
  CONSISTENT,
  /** COI is divided, and at least one independent line supports the fact. */
  CONSISTENT_WITH_SOME,
  /** COI contradicts the fact and no independent line supports it. */
  INCONSISTENT,
  /** No COI supports or contradicts the fact. */
  NOT_COVERED;

  /** The outcome of S supporting and O contradicting lines; see the class description. O(1). */
  public static Outcome of(int supporting, int opposing) {
    if (supporting < 0 || opposing < 0) {
      throw new IllegalArgumentException("line counts are not negative: " + supporting + ", " + opposing);
    }
    if (supporting > 0) {
      return opposing > 0 ? CONSISTENT_WITH_SOME : CONSISTENT;
    }
    return opposing > 0 ? INCONSISTENT : NOT_COVERED;
  }

  /**
   * The rank of the outcome on the scale of consistency, from 0 ({@link #INCONSISTENT}) through
   * {@link #NOT_COVERED} and {@link #CONSISTENT_WITH_SOME} to 3 ({@link #CONSISTENT}): adding a
   * supporting line never lowers it, adding a contradicting line never raises it.
   */
  public int consistency() {
    return switch (this) {
      case INCONSISTENT -> 0;
      case NOT_COVERED -> 1;
      case CONSISTENT_WITH_SOME -> 2;
      case CONSISTENT -> 3;
    };
  }

  /** The outcome in words, as a decision annex states it: "consistent with some of the COI". */
  public String words() {
    return switch (this) {
      case CONSISTENT -> "consistent with the COI";
      case CONSISTENT_WITH_SOME -> "consistent with some of the COI";
      case INCONSISTENT -> "inconsistent with the COI";
      case NOT_COVERED -> "not covered by the COI";
    };
  }
}
