package org.corroborate.analysis.trust;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Objects;
import java.util.Optional;

/**
 * What a truth-discovery method concluded: a value per object, a trust per source, and how the
 * iteration ended.
 *
 * @param method the method's name
 * @param decisions the decided value of every object that has a claim, by object
 * @param trust every source's trust, in [0, 1], by source
 * @param iterations the rounds run, at least 1
 * @param termination how the rounds ended: converged (always for one-round methods), oscillated,
 *     or stopped at the round limit
 */
public record TruthEstimate(
    String method,
    ImmutableSortedMap<String, DecidedValue> decisions,
    ImmutableSortedMap<String, Double> trust,
    int iterations,
    Termination termination) {

  /** Validates the parts and copies the maps. */
  public TruthEstimate {
    Objects.requireNonNull(method, "method");
    decisions = ImmutableSortedMap.copyOf(decisions);
    trust = ImmutableSortedMap.copyOf(trust);
    decisions.forEach((o, d) -> checkArgument(o.equals(d.object()),
        "decision filed under '%s' is about '%s'", o, d.object()));
    trust.forEach((s, t) -> checkArgument(t >= 0 && t <= 1,
        "trust of '%s' outside [0, 1]: %s", s, t));
    checkArgument(iterations >= 1, "iterations must be at least 1: %s", iterations);
    Objects.requireNonNull(termination, "termination");
  }

  /** Whether the change of the last round fell below the method's tolerance. */
  public boolean converged() {
    return termination == Termination.CONVERGED;
  }

  /** The value decided for {@code object}, empty when no source claims one. */
  public Optional<String> value(String object) {
    return Optional.ofNullable(decisions.get(object)).map(DecidedValue::value);
  }
}
