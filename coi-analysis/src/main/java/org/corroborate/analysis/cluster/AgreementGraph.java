package org.corroborate.analysis.cluster;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.corroboration.ValueCamp;
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
    Set<String> speaking = new HashSet<>();
    Map<List<String>, int[]> counts = new TreeMap<>((x, y) -> {
      int c = x.get(0).compareTo(y.get(0));
      return c != 0 ? c : x.get(1).compareTo(y.get(1));
    });
    for (Corroboration c : corroborations) {
      Map<String, Set<Integer>> sides = new HashMap<>();
      if (c.proposition().isNumeric()) {
        for (int i = 0; i < c.values().size(); i++) {
          ValueCamp camp = c.values().get(i);
          for (EvidenceLine line : camp.lines()) {
            side(sides, line, i);
          }
        }
      } else {
        c.supporting().forEach(line -> side(sides, line, 0));
        c.opposing().forEach(line -> side(sides, line, 1));
      }
      List<String> decided = new ArrayList<>();
      sides.forEach((source, set) -> {
        if (set.size() == 1) {
          decided.add(source);
        }
      });
      decided.sort(String::compareTo);
      speaking.addAll(decided);
      for (int i = 0; i < decided.size(); i++) {
        for (int j = i + 1; j < decided.size(); j++) {
          String a = decided.get(i);
          String b = decided.get(j);
          int[] count = counts.computeIfAbsent(List.of(a, b), k -> new int[2]);
          count[sides.get(a).equals(sides.get(b)) ? 0 : 1]++;
        }
      }
    }
    ImmutableList.Builder<SourcePair> pairs = ImmutableList.builder();
    counts.forEach((ab, count) -> pairs.add(new SourcePair(ab.get(0), ab.get(1), count[0], count[1])));
    return new AgreementGraph(ImmutableSortedSet.copyOf(speaking), pairs.build());
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
