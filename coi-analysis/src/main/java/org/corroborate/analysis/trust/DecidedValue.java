package org.corroborate.analysis.trust;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Objects;

/**
 * The value chosen for one object, with why.
 *
 * @param object the object
 * @param value the value chosen
 * @param confidence the method's confidence in it, in [0, 1]: the share of votes, TruthFinder's
 *     confidence {@code s(f)}, or Accu's probability
 * @param supporters the sources claiming it, by decreasing vote, then name
 * @param rivals the other values claimed for the object, each with the method's confidence in it
 * @param reason one sentence: how many sources and lines, against what
 */
public record DecidedValue(
    String object,
    String value,
    double confidence,
    ImmutableList<SourceVote> supporters,
    ImmutableSortedMap<String, Double> rivals,
    String reason) {

  /** Validates the ranges and copies the collections. */
  public DecidedValue {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(value, "value");
    checkArgument(confidence >= 0 && confidence <= 1,
        "confidence in '%s' for '%s' outside [0, 1]: %s", value, object, confidence);
    supporters = ImmutableList.copyOf(supporters);
    checkArgument(!supporters.isEmpty(), "value '%s' for '%s' has no supporter", value, object);
    rivals = ImmutableSortedMap.copyOf(rivals);
    checkArgument(!rivals.containsKey(value), "value '%s' is its own rival", value);
    Objects.requireNonNull(reason, "reason");
  }
}
