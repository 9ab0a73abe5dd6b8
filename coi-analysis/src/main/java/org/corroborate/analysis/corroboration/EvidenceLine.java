package org.corroborate.analysis.corroboration;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import org.corroborate.analysis.scope.Bearing;

/**
 * One independent line of evidence: bearings whose sources share an origin, relay one another, or
 * rest on one underlying document, and so count once.
 *
 * @param id a stable name of the line: its smallest key, such as {@code origin:bbc-news} or
 *     {@code document:verstka-2024-11-14}
 * @param bearings the bearings in the line, in assertion-id order
 * @param weight the line's weight under the weight policy, in [0, 1]
 */
public record EvidenceLine(String id, ImmutableList<Bearing> bearings, double weight) {

  /** Rejects an empty line and a weight outside [0, 1]. */
  public EvidenceLine {
    Objects.requireNonNull(id, "id");
    bearings = ImmutableList.copyOf(bearings);
    if (bearings.isEmpty()) {
      throw new IllegalArgumentException("a line of evidence holds at least one bearing");
    }
    if (!(weight >= 0.0 && weight <= 1.0)) {
      throw new IllegalArgumentException("a weight lies in [0, 1]: " + weight);
    }
  }

  /** The ids of the sources that speak in this line, sorted. */
  public ImmutableSortedSet<String> sources() {
    return bearings.stream().map(Bearing::source)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }
}
