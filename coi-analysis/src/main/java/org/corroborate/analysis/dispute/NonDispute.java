package org.corroborate.analysis.dispute;

import com.google.common.base.Supplier;
import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.model.Proposition;

/**
 * A near-miss: sources that seem to disagree about a proposition without making a dispute, and
 * why.
 *
 * <p>Immutable. Equal when every part is equal, as a record's parts. The reason is put in words on
 * the first request and kept (thread-safely), and so, for most near-misses the analysis finds, are
 * the bearings involved: an analysis of many near-misses does not write the reasons, nor sort the
 * bearings, of those nobody reads.
 */
public final class NonDispute {

  private final Proposition proposition;
  private final NonDisputeKind kind;
  private final Supplier<String> reason;
  private final Supplier<ImmutableList<Bearing>> bearings;

  /**
   * A near-miss with every part given.
   *
   * @throws IllegalArgumentException for an empty list of bearings
   */
  public NonDispute(
      Proposition proposition, NonDisputeKind kind, String reason, ImmutableList<Bearing> bearings) {
    this(proposition, kind, Once.of(Objects.requireNonNull(reason, "reason")),
        Once.of(nonEmpty(ImmutableList.copyOf(bearings))));
  }

  /**
   * A near-miss whose reason is put in words by {@code reason} on the first request (once,
   * whatever the number of threads asking).
   */
  static NonDispute described(Proposition proposition, NonDisputeKind kind,
      Supplier<String> reason, ImmutableList<Bearing> bearings) {
    return new NonDispute(proposition, kind,
        Once.found(Objects.requireNonNull(reason, "reason")),
        Once.of(nonEmpty(ImmutableList.copyOf(bearings))));
  }

  /**
   * A near-miss whose reason and bearings are both found on the first request (each once). For
   * the analysis, which knows the bearings are there (every line holds one) and leaves most
   * near-misses of a large evidence base unread; an empty list is refused when first read.
   */
  static NonDispute described(Proposition proposition, NonDisputeKind kind,
      Supplier<String> reason, Supplier<ImmutableList<Bearing>> bearings) {
    Objects.requireNonNull(bearings, "bearings");
    return new NonDispute(proposition, kind,
        Once.found(Objects.requireNonNull(reason, "reason")),
        Once.found(() -> nonEmpty(bearings.get())));
  }

  private NonDispute(Proposition proposition, NonDisputeKind kind, Supplier<String> reason,
      Supplier<ImmutableList<Bearing>> bearings) {
    this.proposition = Objects.requireNonNull(proposition, "proposition");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.reason = reason;
    this.bearings = bearings;
  }

  private static ImmutableList<Bearing> nonEmpty(ImmutableList<Bearing> bearings) {
    if (bearings.isEmpty()) {
      throw new IllegalArgumentException("a non-dispute names the bearings involved");
    }
    return bearings;
  }

  /** The proposition. */
  public Proposition proposition() {
    return proposition;
  }

  /** Why it is not a dispute. */
  public NonDisputeKind kind() {
    return kind;
  }

  /** The reason in words, naming the sources; put in words on the first request. */
  public String reason() {
    return reason.get();
  }

  /** The bearings involved, in assertion-id order; found on the first request for some. */
  public ImmutableList<Bearing> bearings() {
    return bearings.get();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NonDispute n && proposition.equals(n.proposition) && kind == n.kind
        && bearings().equals(n.bearings()) && reason().equals(n.reason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(proposition, kind, reason(), bearings());
  }

  @Override
  public String toString() {
    return "NonDispute[proposition=" + proposition + ", kind=" + kind + ", reason=" + reason()
        + ", bearings=" + bearings() + "]";
  }
}
