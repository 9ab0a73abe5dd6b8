package org.corroborate.analysis.scope;

import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Assertion;
import org.corroborate.model.Slug;
import org.corroborate.model.TimeSpan;

/**
 * How one assertion bears on one proposition: directly (the assertion is about it) or derived
 * through place or time containment or a declared relation, with the reason in words.
 *
 * @param assertion the assertion
 * @param proposition the id of the proposition it bears on
 * @param direction which way it bears
 * @param via for a derived bearing, the id of the proposition the assertion is about; empty when
 *     direct
 * @param time the time the assertion speaks for: its as-of span, else the date of the document it
 *     is cited from, else the time of its proposition, else all of time
 * @param reason why it bears this way, in words
 */
public record Bearing(
    Assertion assertion,
    String proposition,
    Direction direction,
    Optional<String> via,
    TimeSpan time,
    String reason) {

  /** Rejects null parts, a non-slug proposition id and a blank reason. */
  public Bearing {
    Objects.requireNonNull(assertion, "assertion");
    Slug.require(proposition, "proposition");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a bearing needs a reason");
    }
  }

  /** Whether the bearing is derived rather than direct. */
  public boolean derived() {
    return via.isPresent();
  }

  /** The id of the source that speaks. */
  public String source() {
    return assertion.source();
  }
}
