package org.corroborate.analysis.cluster;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.scope.Bearing;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The signed source–source graph. On each proposition a source takes a side: supporting or
 * opposing (after derivation), or for a numeric proposition the camp of its values; a source on
 * both sides of one proposition takes none. Two sources on the same side agree, on opposite sides
 * disagree. The edge between two sources weighs agreements minus disagreements; pairs that balance
 * out to zero have no edge. Absence of evidence and uncertainty take no side. O(Σ k²) for k sources
 * speaking to each proposition.
 */
public final class AgreementGraph {

  private final ImmutableSortedSet<String> sources;
  private final ImmutableList<SourcePair> pairs;
  private final Graph<String, DefaultWeightedEdge> graph;

  private AgreementGraph(ImmutableSortedSet<String> sources, ImmutableList<SourcePair> pairs) {
    this.sources = sources;
    this.pairs = pairs;
    SimpleWeightedGraph<String, DefaultWeightedEdge> g =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    sources.forEach(g::addVertex);
    for (SourcePair p : pairs) {
      if (p.balance() != 0) {
        g.setEdgeWeight(g.addEdge(p.first(), p.second()), p.balance());
      }
    }
    this.graph = new AsUnmodifiableGraph<>(g);
  }

  /** The graph of the sources taking sides in {@code corroborations}. */
  public static AgreementGraph of(List<Corroboration> corroborations) {
    List<Map<String, Integer>> sidesByProposition = new ArrayList<>(corroborations.size());
    TreeSet<String> speaking = new TreeSet<>();
    for (Corroboration c : corroborations) {
      Map<String, Set<Integer>> sides = new HashMap<>();
      if (c.proposition().isNumeric()) {
        for (int i = 0; i < c.values().size(); i++) {
          for (EvidenceLine line : c.values().get(i).lines()) {
            side(sides, line, i);
          }
        }
      } else {
        c.supporting().forEach(line -> side(sides, line, 0));
        c.opposing().forEach(line -> side(sides, line, 1));
      }
      Map<String, Integer> decided = new HashMap<>();
      sides.forEach((source, set) -> {
        if (set.size() == 1) {
          decided.put(source, set.iterator().next());
        }
      });
      speaking.addAll(decided.keySet());
      if (decided.size() > 1) {
        sidesByProposition.add(decided);
      }
    }
    // Sources by index in id order, so a pair's key (first · n + second) sorts as the ids do.
    List<String> ids = new ArrayList<>(speaking);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    long n = ids.size();
    Map<Long, int[]> counts = new HashMap<>();
    for (Map<String, Integer> decided : sidesByProposition) {
      int[] who = new int[decided.size()];
      int[] side = new int[decided.size()];
      int k = 0;
      for (Map.Entry<String, Integer> e : decided.entrySet()) {
        who[k] = index.get(e.getKey());
        side[k++] = e.getValue();
      }
      for (int i = 0; i < who.length; i++) {
        for (int j = i + 1; j < who.length; j++) {
          int a = Math.min(who[i], who[j]);
          int b = Math.max(who[i], who[j]);
          int[] count = counts.computeIfAbsent(a * n + b, key -> new int[2]);
          count[side[i] == side[j] ? 0 : 1]++;
        }
      }
    }
    long[] keys = counts.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    ImmutableList.Builder<SourcePair> pairs = ImmutableList.builderWithExpectedSize(keys.length);
    for (long key : keys) {
      int[] count = counts.get(key);
      pairs.add(new SourcePair(ids.get((int) (key / n)), ids.get((int) (key % n)), count[0], count[1]));
    }
    return new AgreementGraph(ImmutableSortedSet.copyOfSorted(speaking), pairs.build());
  }

  private static void side(Map<String, Set<Integer>> sides, EvidenceLine line, int side) {
    for (Bearing b : line.bearings()) {
      sides.computeIfAbsent(b.source(), k -> new HashSet<>()).add(side);
    }
  }

  /** The sources that take a side on some proposition, sorted. */
  public ImmutableSortedSet<String> sources() {
    return sources;
  }

  /** Every pair of sources that both took sides on some proposition, ordered by ids. */
  public ImmutableList<SourcePair> pairs() {
    return pairs;
  }

  /** The signed graph, unmodifiable: an edge per pair whose balance is not zero. */
  public Graph<String, DefaultWeightedEdge> graph() {
    return graph;
  }
}
