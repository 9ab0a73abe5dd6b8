package org.corroborate.analysis.weight;

import com.google.common.primitives.Doubles;
import java.util.Collection;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;

/**
 * How much evidence counts. A policy weighs single assertions; the analysis then combines them
 * with laws that hold whatever the policy:
 *
 * <ul>
 *   <li>assertions sharing a line of evidence (one origin, a reported-by chain, one underlying
 *       document) count once, as the strongest of them ({@link #line});
 *   <li>independent lines combine by {@link #combine}, the probabilistic sum (noisy-OR) 1 − Π(1 −
 *       wᵢ) by default: order-invariant, bounded in [0, 1], never lowered by another line, 0 for no
 *       line.
 * </ul>
 *
 * <p>Laws every implementation must keep, each a property test: weights lie in [0, 1]; weighing is
 * a pure function of the assertion and the evidence base (order of parts and renaming of ids
 * change nothing); a hedged assertion never weighs more than the same assertion stated as
 * certain.
 */
public interface WeightPolicy {

  /** The weight of one assertion, in [0, 1]. Called for every assertion: keep it cheap. */
  double weigh(Assertion assertion, EvidenceBase evidence);

  /**
   * The weight of one assertion with the factors that produced it; its value equals {@link
   * #weigh}. Called on request only.
   */
  AssertionWeight explain(Assertion assertion, EvidenceBase evidence);

  /** The weight of one line of evidence: its strongest assertion's weight; 0 for none. */
  default double line(Collection<Double> assertionWeights) {
    double max = 0.0;
    for (double w : assertionWeights) {
      max = Math.max(max, w);
    }
    return max;
  }

  /** The combined weight of independent lines: 1 − Π(1 − wᵢ); 0 for none. */
  default double combine(Collection<Double> lineWeights) {
    double none = 1.0;
    for (double w : lineWeights) {
      none *= 1.0 - w;
    }
    return 1.0 - none;
  }

  /**
   * {@link #line(Collection)} of the first {@code count} weights of {@code assertionWeights}: the
   * form the analysis calls, once for each of up to a million lines. By default it hands {@link
   * #line(Collection)} a view of the array, so a policy that overrides only that method keeps its
   * law here; a policy may override this form as well, with the same law, so that no weight is
   * boxed. The array is read, never kept or changed. O(count).
   *
   * @throws IndexOutOfBoundsException when {@code count} is negative or past the array's end
   */
  default double line(double[] assertionWeights, int count) {
    return line(Doubles.asList(assertionWeights).subList(0, count));
  }

  /**
   * {@link #combine(Collection)} of the first {@code count} weights of {@code lineWeights}, by
   * default through a view of the array; see {@link #line(double[], int)}. O(count).
   *
   * @throws IndexOutOfBoundsException when {@code count} is negative or past the array's end
   */
  default double combine(double[] lineWeights, int count) {
    return combine(Doubles.asList(lineWeights).subList(0, count));
  }
}
