package org.corroborate.analysis.dispute;

import com.google.common.base.Supplier;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Proposition;
import org.corroborate.model.Slug;

/**
 * A proposition on which independent lines of evidence take opposing sides at overlapping times,
 * or give values that cannot all be true.
 *
 * <p>Immutable. Equal when every part is equal, as a record's parts. The reason is put in words on
 * the first request and kept (thread-safely): an analysis of many disputes does not write the
 * reasons of those nobody reads.
 */
public final class Dispute {

  private final String id;
  private final Proposition proposition;
  private final ImmutableList<Camp> camps;
  private final double weight;
  private final Supplier<String> reason;
  private final ImmutableList<String> covers;
  private final ImmutableList<String> differsAt;

  /**
   * A dispute with every part given.
   *
   * @throws IllegalArgumentException for fewer than two camps, a weight outside [0, 1], or a
   *     repeated or unsorted id in {@code covers} or {@code differsAt}
   */
  public Dispute(String id, Proposition proposition, ImmutableList<Camp> camps, double weight,
      String reason, ImmutableList<String> covers, ImmutableList<String> differsAt) {
    this(id, proposition, camps, weight,
        Once.of(Objects.requireNonNull(reason, "reason")), covers, differsAt);
  }

  /** A dispute that stands for no other. */
  public Dispute(
      String id, Proposition proposition, ImmutableList<Camp> camps, double weight, String reason) {
    this(id, proposition, camps, weight, reason, ImmutableList.of(), ImmutableList.of());
  }

  /**
   * A dispute that stands for no other, whose reason is put in words by {@code reason} on the
   * first request (once, whatever the number of threads asking).
   */
  static Dispute described(String id, Proposition proposition, ImmutableList<Camp> camps,
      double weight, Supplier<String> reason) {
    return new Dispute(id, proposition, camps, weight,
        Once.found(Objects.requireNonNull(reason, "reason")), ImmutableList.of(),
        ImmutableList.of());
  }

  private Dispute(String id, Proposition proposition, List<Camp> camps, double weight,
      Supplier<String> reason, List<String> covers, List<String> differsAt) {
    this.covers = ImmutableList.copyOf(covers);
    this.differsAt = ImmutableList.copyOf(differsAt);
    for (ImmutableList<String> ids : List.of(this.covers, this.differsAt)) {
      for (int i = 1; i < ids.size(); i++) {
        if (ids.get(i - 1).compareTo(ids.get(i)) >= 0) {
          throw new IllegalArgumentException("proposition ids must be sorted and distinct: " + ids);
        }
      }
    }
    this.id = Slug.require(id, "dispute id");
    this.proposition = Objects.requireNonNull(proposition, "proposition");
    this.camps = ImmutableList.copyOf(camps);
    if (this.camps.size() < 2) {
      throw new IllegalArgumentException("a dispute has at least two camps");
    }
    if (!(weight >= 0.0 && weight <= 1.0)) {
      throw new IllegalArgumentException("a weight lies in [0, 1]: " + weight);
    }
    this.weight = weight;
    this.reason = reason;
  }

  /** A stable id, {@code dispute-} followed by the proposition id. */
  public String id() {
    return id;
  }

  /** The disputed proposition. */
  public Proposition proposition() {
    return proposition;
  }

  /** The sides, heaviest first (ties: more lines first, then affirming first). */
  public ImmutableList<Camp> camps() {
    return camps;
  }

  /**
   * How serious the dispute is, in [0, 1]: the weight of its second-heaviest camp, so a dispute is
   * as serious as its weaker side is strong.
   */
  public double weight() {
    return weight;
  }

  /** Why it is a dispute, naming sources and passages; put in words on the first request. */
  public String reason() {
    return reason.get();
  }

  /**
   * The ids of the propositions whose disputes are this same disagreement, shown once here: every
   * camp of theirs holds only assertions of one camp of this one (the disagreement about Donetsk
   * repeats the one about the annexed regions), sorted.
   */
  public ImmutableList<String> covers() {
    return covers;
  }

  /**
   * The ids of narrower propositions (a place or time inside this one's, or a proposition that
   * entails it) whose camps differ from this one's, each shown as a dispute of its own, sorted.
   */
  public ImmutableList<String> differsAt() {
    return differsAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dispute d && id.equals(d.id) && proposition.equals(d.proposition)
        && camps.equals(d.camps) && Double.compare(weight, d.weight) == 0
        && covers.equals(d.covers) && differsAt.equals(d.differsAt) && reason().equals(d.reason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, proposition, camps, weight, reason(), covers, differsAt);
  }

  @Override
  public String toString() {
    return "Dispute[id=" + id + ", proposition=" + proposition + ", camps=" + camps + ", weight="
        + weight + ", reason=" + reason() + ", covers=" + covers + ", differsAt=" + differsAt + "]";
  }

  /**
   * The sources found in more than one camp, sorted: a source that contradicts itself (in one
   * paragraph and another, or within one), which a reviewer should read before counting sides.
   */
  public com.google.common.collect.ImmutableSortedSet<String> sourcesOnSeveralSides() {
    java.util.Map<String, Integer> camps = new java.util.HashMap<>();
    for (Camp c : this.camps) {
      for (String s : c.sources()) {
        camps.merge(s, 1, Integer::sum);
      }
    }
    return camps.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey)
        .collect(com.google.common.collect.ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** This dispute standing also for {@code newCovers} and pointing at {@code newDiffersAt}. */
  public Dispute standingFor(List<String> newCovers, List<String> newDiffersAt) {
    return new Dispute(id, proposition, camps, weight, reason,
        ImmutableList.sortedCopyOf(newCovers), ImmutableList.sortedCopyOf(newDiffersAt));
  }

  /** The camp with the fewest independent lines, when exactly one camp has fewer than the rest. */
  public Optional<Camp> minority() {
    Camp smallest = null;
    int fewest = Integer.MAX_VALUE;
    boolean tied = false;
    for (int i = 0; i < camps.size(); i++) {
      Camp camp = camps.get(i);
      int lines = camp.independentLines();
      if (lines < fewest) {
        fewest = lines;
        smallest = camp;
        tied = false;
      } else if (lines == fewest) {
        tied = true;
      }
    }
    return tied || smallest == null ? Optional.empty() : Optional.of(smallest);
  }
}
