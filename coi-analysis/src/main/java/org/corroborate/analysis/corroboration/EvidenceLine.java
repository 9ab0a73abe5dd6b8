package org.corroborate.analysis.corroboration;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Objects;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;

/**
 * One independent line of evidence: bearings whose sources share an origin, relay one another, or
 * rest on one underlying document, and so count once.
 *
 * <p>Immutable, with the accessors, equality and text of a record of its three parts ({@code id},
 * {@code bearings}, {@code weight}); the positions of its bearings' assertions ({@link
 * #assertionPosition}), which the analysis records, are not among them. Most lines of a large
 * analysis hold one bearing, which is kept as it is and put in a list when {@link #bearings()} is
 * asked for: a million lines are a million objects fewer for the collector to trace.
 */
public final class EvidenceLine {

  private final String id;
  /**
   * The line's bearing when it holds one, else its {@link Several} bearings (and the positions of
   * their assertions, when known).
   */
  private final Object bearings;
  private final double weight;
  /**
   * For a line of one bearing, the position of its assertion, -1 when not known; {@link #SEVERAL}
   * for a line of more: read first, so that a reader asking how many bearings a line holds reads
   * the line and not the object it holds.
   */
  private final int position;

  private static final int SEVERAL = Integer.MIN_VALUE;

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
    this(id, bearings, null, weight);
  }

  /**
   * A line of evidence whose bearings' assertions are at {@code positions} in the evidence base's
   * list of assertions (-1 where not known; null when none is), as {@link IndependentLines} finds
   * them: later phases then read what they need of each assertion by number. The array is kept,
   * not copied: the caller hands it over.
   */
  EvidenceLine(String id, ImmutableList<Bearing> bearings, int[] positions, double weight) {
    this.id = Objects.requireNonNull(id, "id");
    ImmutableList<Bearing> copy = ImmutableList.copyOf(bearings);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a line of evidence holds at least one bearing");
    }
    if (!(weight >= 0.0 && weight <= 1.0)) {
      throw new IllegalArgumentException("a weight lies in [0, 1]: " + weight);
    }
    if (positions != null && positions.length != copy.size()) {
      throw new IllegalArgumentException("one position per bearing: " + positions.length
          + " positions for " + copy.size() + " bearings");
    }
    if (copy.size() == 1) {
      this.bearings = copy.get(0);
      this.position = positions == null ? -1 : Math.max(-1, positions[0]);
    } else {
      this.bearings = new Several(copy, positions);
      this.position = SEVERAL;
    }
    this.weight = weight;
  }

  /**
   * A line of one bearing, whose assertion is at {@code position} in the evidence base's list of
   * assertions (or -1): the line {@link #EvidenceLine(String, ImmutableList, int[], double)} makes
   * of a list of one, without the list.
   */
  EvidenceLine(String id, Bearing bearing, int position, double weight) {
    this.id = Objects.requireNonNull(id, "id");
    this.bearings = Objects.requireNonNull(bearing, "bearing");
    if (!(weight >= 0.0 && weight <= 1.0)) {
      throw new IllegalArgumentException("a weight lies in [0, 1]: " + weight);
    }
    this.position = Math.max(-1, position);
    this.weight = weight;
  }

  /** The bearings of a line of more than one, and their assertions' positions (or null). */
  private record Several(ImmutableList<Bearing> bearings, int[] positions) {}

  /** A stable name of the line: its smallest key. */
  public String id() {
    return id;
  }

  /** The bearings in the line, in assertion-id order. */
  public ImmutableList<Bearing> bearings() {
    return position != SEVERAL
        ? ImmutableList.of((Bearing) bearings) : ((Several) bearings).bearings();
  }

  /** The number of bearings in the line, without making a list of them. */
  public int size() {
    return position != SEVERAL ? 1 : ((Several) bearings).bearings().size();
  }

  /** The {@code k}-th bearing of the line, without making a list of them. */
  public Bearing bearing(int k) {
    if (position != SEVERAL) {
      Objects.checkIndex(k, 1);
      return (Bearing) bearings;
    }
    return ((Several) bearings).bearings().get(k);
  }

  /**
   * The position of the {@code k}-th bearing's assertion in the list of assertions ({@link
   * org.corroborate.model.EvidenceBase#assertions()}) of the evidence base the line was found in,
   * or -1 when not known: a line made with the public constructor knows none. What a later phase
   * reads by number, instead of looking the assertion up. O(1).
   *
   * @throws IndexOutOfBoundsException if the line holds no {@code k}-th bearing
   */
  public int assertionPosition(int k) {
    if (position != SEVERAL) {
      Objects.checkIndex(k, 1);
      return position;
    }
    Several several = (Several) bearings;
    Objects.checkIndex(k, several.bearings().size());
    return several.positions() == null ? -1 : Math.max(-1, several.positions()[k]);
  }

  /**
   * The position of the {@code k}-th bearing's assertion in {@code evidence}'s list of assertions:
   * the one the line records ({@link #assertionPosition(int)}) when it names that very assertion
   * there, else the position of the assertion of that id, found through the evidence base's
   * references; -1 if the evidence base holds no assertion of that id. O(1) expected.
   *
   * @throws IndexOutOfBoundsException if the line holds no {@code k}-th bearing
   */
  public int assertionPosition(int k, EvidenceBase evidence) {
    Objects.requireNonNull(evidence, "evidence");
    Assertion a = bearing(k).assertion();
    int p = assertionPosition(k);
    List<Assertion> assertions = evidence.assertions();
    if (p >= 0 && p < assertions.size() && assertions.get(p) == a) {
      return p;
    }
    return evidence.references().assertionNumber(a.id());
  }

  /** The line's weight under the weight policy, in [0, 1]. */
  public double weight() {
    return weight;
  }

  /** The ids of the sources that speak in this line, sorted. */
  public ImmutableSortedSet<String> sources() {
    if (position != SEVERAL) {
      return ImmutableSortedSet.of(((Bearing) bearings).source());
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
