package org.corroborate.analysis.trust;

/**
 * How the rounds of a truth-discovery method ended.
 *
 * <p>Dong, Berti-Equille &amp; Srivastava (VLDB 2009, Algorithm 1) iterate "while the accuracy of
 * sources changes and the decided true values do not oscillate"; the three outcomes are theirs,
 * with the round limit as the safeguard every implementation needs.
 */
public enum Termination {

  /** The change of the last round fell below the method's tolerance (one-round methods too). */
  CONVERGED,

  /**
   * The decided values repeat with a period of two rounds or more: the iteration cycles and would
   * not settle however long it ran; the result of the last round is reported.
   */
  OSCILLATED,

  /** The maximum number of rounds was reached before either of the above. */
  ROUND_LIMIT
}
