package org.corroborate.analysis.dispute;

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
 * @param id a stable id, {@code dispute-} followed by the proposition id
 * @param proposition the disputed proposition
 * @param camps the sides, heaviest first (ties: more lines first, then affirming first)
 * @param weight how serious the dispute is, in [0, 1]: the weight of its second-heaviest camp, so
 *     a dispute is as serious as its weaker side is strong
 * @param reason why it is a dispute, naming sources and passages
 * @param covers the ids of the propositions whose disputes are this same disagreement, shown once
 *     here: every camp of theirs holds only assertions of one camp of this one (the disagreement
 *     about Donetsk repeats the one about the annexed regions), sorted
 * @param differsAt the ids of narrower propositions (a place or time inside this one's, or a
 *     proposition that entails it) whose camps differ from this one's, each shown as a dispute of
 *     its own, sorted
 */
public record Dispute(
    String id, Proposition proposition, ImmutableList<Camp> camps, double weight, String reason,
    ImmutableList<String> covers, ImmutableList<String> differsAt) {

  /** A dispute that stands for no other. */
  public Dispute(
      String id, Proposition proposition, ImmutableList<Camp> camps, double weight, String reason) {
    this(id, proposition, camps, weight, reason, ImmutableList.of(), ImmutableList.of());
  }

  /** Rejects fewer than two camps, a weight outside [0, 1], and a repeated or unsorted id. */
  public Dispute {
    covers = ImmutableList.copyOf(covers);
    differsAt = ImmutableList.copyOf(differsAt);
    for (ImmutableList<String> ids : List.of(covers, differsAt)) {
      for (int i = 1; i < ids.size(); i++) {
        if (ids.get(i - 1).compareTo(ids.get(i)) >= 0) {
          throw new IllegalArgumentException("proposition ids must be sorted and distinct: " + ids);
        }
      }
    }
    Slug.require(id, "dispute id");
    Objects.requireNonNull(proposition, "proposition");
    camps = ImmutableList.copyOf(camps);
    if (camps.size() < 2) {
      throw new IllegalArgumentException("a dispute has at least two camps");
    }
    if (!(weight >= 0.0 && weight <= 1.0)) {
      throw new IllegalArgumentException("a weight lies in [0, 1]: " + weight);
    }
    Objects.requireNonNull(reason, "reason");
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
    int fewest = camps.stream().mapToInt(Camp::independentLines).min().orElseThrow();
    List<Camp> smallest =
        camps.stream().filter(c -> c.independentLines() == fewest).toList();
    return smallest.size() == 1 ? Optional.of(smallest.get(0)) : Optional.empty();
  }
}
