package org.corroborate.analysis.corroboration;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import org.corroborate.analysis.scope.Bearing;

/**
 * One independent line of evidence: bearings whose sources share an origin, relay one another, or
 * rest on one underlying document, and so count once.
 *
 * <p>Immutable, with the accessors, equality and text of a record of its three parts ({@code id},
 * {@code bearings}, {@code weight}). Most lines of a large analysis hold one bearing, which is
 * kept as it is and put in a list when {@link #bearings()} is asked for: a million lines are a
 * million objects fewer for the collector to trace.
 */
public final class EvidenceLine {

  private final String id;
  /** The line's bearing when it holds one, else an {@code ImmutableList<Bearing>} of them. */
  private final Object bearings;
  private final double weight;

  /**
   * A line of evidence.
   *
   * @param id a stable name of the line: its smallest key, such as {@code origin:bbc-news} or
   *     {@code document:verstka-2024-11-14}
   * @param bearings the bearings in the line, in assertion-id order
   * @param weight the line's weight under the weight policy, in [0, 1]
   * @throws IllegalArgumentException for an empty line or a weight outside [0, 1]
   */
  public EvidenceLine(String id, ImmutableList<Bearing> bearings, double weight) {
    this.id = Objects.requireNonNull(id, "id");
    ImmutableList<Bearing> copy = ImmutableList.copyOf(bearings);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a line of evidence holds at least one bearing");
    }
    if (!(weight >= 0.0 && weight <= 1.0)) {
      throw new IllegalArgumentException("a weight lies in [0, 1]: " + weight);
    }
    this.bearings = copy.size() == 1 ? copy.get(0) : copy;
    this.weight = weight;
  }

  /** A stable name of the line: its smallest key. */
  public String id() {
    return id;
  }

  /** The bearings in the line, in assertion-id order. */
  @SuppressWarnings("unchecked")
  public ImmutableList<Bearing> bearings() {
    return bearings instanceof Bearing one
        ? ImmutableList.of(one) : (ImmutableList<Bearing>) bearings;
  }

  /** The number of bearings in the line, without making a list of them. */
  public int size() {
    return bearings instanceof Bearing ? 1 : ((ImmutableList<?>) bearings).size();
  }

  /** The {@code k}-th bearing of the line, without making a list of them. */
  public Bearing bearing(int k) {
    if (bearings instanceof Bearing one) {
      Objects.checkIndex(k, 1);
      return one;
    }
    return bearings().get(k);
  }

  /** The line's weight under the weight policy, in [0, 1]. */
  public double weight() {
    return weight;
  }

  /** The ids of the sources that speak in this line, sorted. */
  public ImmutableSortedSet<String> sources() {
    if (bearings instanceof Bearing one) {
      return ImmutableSortedSet.of(one.source());
    }
    return bearings().stream().map(Bearing::source)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** Equal when the ids, the bearings and the weights are equal, as a record's parts. */
  @Override
  public boolean equals(Object o) {
    return o instanceof EvidenceLine l && id.equals(l.id) && bearings().equals(l.bearings())
        && Double.compare(weight, l.weight) == 0;
  }

  @Override
  public int hashCode() {
    return (id.hashCode() * 31 + bearings().hashCode()) * 31 + Double.hashCode(weight);
  }

  /** {@code EvidenceLine[id=…, bearings=[…], weight=…]}, as a record's text. */
  @Override
  public String toString() {
    return "EvidenceLine[id=" + id + ", bearings=" + bearings() + ", weight=" + weight + "]";
  }
}
