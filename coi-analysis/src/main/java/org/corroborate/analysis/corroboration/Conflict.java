package org.corroborate.analysis.corroboration;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * The part of a yes/no proposition's evidence that is in conflict: the supporting lines and the
 * opposing lines of which some bearing cannot hold together with some bearing of the other side
 * ({@link org.corroborate.analysis.scope.Bearing#conflictsWith}: overlapping times, and
 * quantifiers that conflict — "in general not" does not conflict with "in some cases").
 *
 * @param affirming the supporting lines in conflict with some opposing line, by id
 * @param affirmingWeight their combined weight, in [0, 1]
 * @param denying the opposing lines in conflict with some supporting line, by id
 * @param denyingWeight their combined weight, in [0, 1]
 */
public record Conflict(
    ImmutableList<EvidenceLine> affirming,
    double affirmingWeight,
    ImmutableList<EvidenceLine> denying,
    double denyingWeight) {

  /** Rejects an empty side and weights outside [0, 1]. */
  public Conflict {
    Objects.requireNonNull(affirming, "affirming");
    Objects.requireNonNull(denying, "denying");
    affirming = ImmutableList.copyOf(affirming);
    denying = ImmutableList.copyOf(denying);
    if (affirming.isEmpty() || denying.isEmpty()) {
      throw new IllegalArgumentException("a conflict has lines on both sides");
    }
    for (double w : new double[] {affirmingWeight, denyingWeight}) {
      if (!(w >= 0.0 && w <= 1.0)) {
        throw new IllegalArgumentException("a weight lies in [0, 1]: " + w);
      }
    }
  }
}
