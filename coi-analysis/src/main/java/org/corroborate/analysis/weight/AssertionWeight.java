package org.corroborate.analysis.weight;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * How much one assertion counts, in [0, 1], with the factors that produced the number.
 *
 * @param value the weight, 0 (counts for nothing) to 1 (certain)
 * @param explanation one line per factor, in the order they were applied
 */
public record AssertionWeight(double value, ImmutableList<String> explanation) {

  /** Rejects a value outside [0, 1] (or NaN) and an empty explanation. */
  public AssertionWeight {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException("a weight lies in [0, 1]: " + value);
    }
    Objects.requireNonNull(explanation, "explanation");
    explanation = ImmutableList.copyOf(explanation);
    if (explanation.isEmpty()) {
      throw new IllegalArgumentException("a weight explains itself");
    }
  }
}
