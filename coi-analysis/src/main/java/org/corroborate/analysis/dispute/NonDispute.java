package org.corroborate.analysis.dispute;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.model.Proposition;

/**
 * A near-miss: sources that seem to disagree about a proposition without making a dispute, and
 * why.
 *
 * @param proposition the proposition
 * @param kind why it is not a dispute
 * @param reason the reason in words, naming the sources
 * @param bearings the bearings involved, in assertion-id order
 */
public record NonDispute(
    Proposition proposition, NonDisputeKind kind, String reason, ImmutableList<Bearing> bearings) {

  /** Rejects null parts and an empty list of bearings. */
  public NonDispute {
    Objects.requireNonNull(proposition, "proposition");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    bearings = ImmutableList.copyOf(bearings);
    if (bearings.isEmpty()) {
      throw new IllegalArgumentException("a non-dispute names the bearings involved");
    }
  }
}
