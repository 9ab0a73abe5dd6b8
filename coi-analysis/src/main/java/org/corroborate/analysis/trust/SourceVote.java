package org.corroborate.analysis.trust;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One source's part in a decided value: its trust and the vote it was counted with.
 *
 * @param source the source
 * @param trust its estimated trust (TruthFinder's trustworthiness, Accu's accuracy, voting's share
 *     of agreement), in [0, 1]
 * @param vote what its claim added to the value's score; smaller than its full vote when it is
 *     known or found to depend on a source counted before it, 0 when it only repeats it
 */
public record SourceVote(String source, double trust, double vote) {

  /** Validates the ranges. */
  public SourceVote {
    Objects.requireNonNull(source, "source");
    checkArgument(trust >= 0 && trust <= 1, "trust of '%s' outside [0, 1]: %s", source, trust);
    checkArgument(Double.isFinite(vote), "vote of '%s' is not finite: %s", source, vote);
  }
}
