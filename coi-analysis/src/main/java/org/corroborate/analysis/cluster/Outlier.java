package org.corroborate.analysis.cluster;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A source more often in the minority than in the majority across disputes.
 *
 * @param source the source id
 * @param disputes the ids of the disputes in which it is in the minority, in ranking order
 * @param majority how many disputes it is in the majority of
 */
public record Outlier(String source, ImmutableList<String> disputes, int majority) {

  /** Rejects an outlier without minority disputes. */
  public Outlier {
    Objects.requireNonNull(source, "source");
    disputes = ImmutableList.copyOf(disputes);
    if (disputes.size() <= majority) {
      throw new IllegalArgumentException("an outlier is in the minority more often than not");
    }
  }
}
