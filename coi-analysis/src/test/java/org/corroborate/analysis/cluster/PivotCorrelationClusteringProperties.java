package org.corroborate.analysis.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/** Laws of correlation clustering over random signed graphs. */
final class PivotCorrelationClusteringProperties {

  /** A random signed graph on up to 12 vertices from a list of (a, b, weight) choices. */
  private static Graph<String, DefaultWeightedEdge> graph(List<Integer> choices) {
    SimpleWeightedGraph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < 12; v++) {
      g.addVertex("s" + v);
    }
    for (int i = 0; i + 2 < choices.size(); i += 3) {
      String a = "s" + Math.floorMod(choices.get(i), 12);
      String b = "s" + Math.floorMod(choices.get(i + 1), 12);
      int w = Math.floorMod(choices.get(i + 2), 9) - 4;
      if (!a.equals(b) && w != 0 && !g.containsEdge(a, b)) {
        g.setEdgeWeight(g.addEdge(a, b), w);
      }
    }
    return g;
  }

  private static final org.quicktheories.core.Gen<List<Integer>> CHOICES =
      lists().of(integers().between(0, 1000)).ofSizeBetween(0, 90);

  @Test
  void clusters_partitionTheVertices() {
    qt().withExamples(300).forAll(CHOICES).checkAssert(choices -> {
      Graph<String, DefaultWeightedEdge> g = graph(choices);
      Set<String> seen = new HashSet<>();
      for (Set<String> c : PivotCorrelationClustering.clusters(g)) {
        assertTrue(!c.isEmpty());
        for (String v : c) {
          assertTrue(seen.add(v), v + " is in two clusters");
        }
      }
      assertEquals(g.vertexSet(), seen, "every vertex is clustered");
    });
  }

  @Test
  void clusters_areALocalOptimum_noSingleMoveLowersDisagreement() {
    qt().withExamples(300).forAll(CHOICES).checkAssert(choices -> {
      Graph<String, DefaultWeightedEdge> g = graph(choices);
      List<Set<String>> clusters = new ArrayList<>();
      PivotCorrelationClustering.clusters(g).forEach(c -> clusters.add(new TreeSet<>(c)));
      double cost = PivotCorrelationClustering.disagreement(g, clusters);
      for (String v : g.vertexSet()) {
        for (int target = 0; target <= clusters.size(); target++) {
          List<Set<String>> moved = new ArrayList<>();
          clusters.forEach(c -> moved.add(new TreeSet<>(c)));
          moved.forEach(c -> c.remove(v));
          if (target == clusters.size()) {
            moved.add(new TreeSet<>(Set.of(v)));
          } else {
            moved.get(target).add(v);
          }
          assertTrue(PivotCorrelationClustering.disagreement(g, moved) >= cost - 1e-9,
              "moving " + v + " lowers disagreement below " + cost);
        }
      }
    });
  }

  @Test
  void clusters_neverDisagreeMoreThanAllSingletons() {
    qt().withExamples(300).forAll(CHOICES).checkAssert(choices -> {
      Graph<String, DefaultWeightedEdge> g = graph(choices);
      List<Set<String>> singletons = new ArrayList<>();
      g.vertexSet().forEach(v -> singletons.add(Set.of(v)));
      assertTrue(PivotCorrelationClustering.disagreement(g, PivotCorrelationClustering.clusters(g))
          <= PivotCorrelationClustering.disagreement(g, singletons) + 1e-9);
    });
  }
}
