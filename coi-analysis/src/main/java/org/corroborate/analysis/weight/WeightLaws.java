package org.corroborate.analysis.weight;

import java.util.Objects;

/**
 * The default laws of {@link WeightPolicy#line(java.util.Collection)} and {@link
 * WeightPolicy#combine(java.util.Collection)} on a primitive array, for the policies of this
 * package that keep them: the same arithmetic in the same order, so the same double.
 */
final class WeightLaws {

  private WeightLaws() {}

  /** The largest of the first {@code count} weights; 0 for none. O(count). */
  static double strongest(double[] weights, int count) {
    Objects.checkFromToIndex(0, count, weights.length);
    double max = 0.0;
    for (int i = 0; i < count; i++) {
      max = Math.max(max, weights[i]);
    }
    return max;
  }

  /** 1 − Π(1 − wᵢ) over the first {@code count} weights, in order; 0 for none. O(count). */
  static double noisyOr(double[] weights, int count) {
    Objects.checkFromToIndex(0, count, weights.length);
    double none = 1.0;
    for (int i = 0; i < count; i++) {
      none *= 1.0 - weights[i];
    }
    return 1.0 - none;
  }
}
