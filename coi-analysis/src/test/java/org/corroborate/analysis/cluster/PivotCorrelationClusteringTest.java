package org.corroborate.analysis.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/** Correlation clustering on small signed graphs with known best partitions. */
final class PivotCorrelationClusteringTest {

  static Graph<String, DefaultWeightedEdge> signed(Object... edges) {
    SimpleWeightedGraph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    for (int i = 0; i < edges.length; i += 3) {
      String a = (String) edges[i];
      String b = (String) edges[i + 1];
      g.addVertex(a);
      g.addVertex(b);
      g.setEdgeWeight(g.addEdge(a, b), ((Number) edges[i + 2]).doubleValue());
    }
    return g;
  }

  @Test
  void clusters_twoCamps_thatDisagreeAcross() {
    Graph<String, DefaultWeightedEdge> g = signed(
        "aliyev", "novik", 6, "aliyev", "krivenko", 2, "novik", "krivenko", 1,
        "pskov", "mediazona", 3, "aliyev", "pskov", -4, "novik", "pskov", -2, "krivenko", "mediazona", -1);
    List<Set<String>> clusters = PivotCorrelationClustering.clusters(g).stream().map(Set::copyOf).toList();
    assertEquals(List.of(Set.of("aliyev", "krivenko", "novik"), Set.of("mediazona", "pskov")), clusters);
    assertEquals(0.0, PivotCorrelationClustering.disagreement(g, clusters), "a perfect partition");
  }

  @Test
  void clusters_isolatedVertex_staysAlone() {
    Graph<String, DefaultWeightedEdge> g = signed("a", "b", 1);
    g.addVertex("c");
    assertEquals(List.of(Set.of("a", "b"), Set.of("c")),
        PivotCorrelationClustering.clusters(g).stream().map(Set::copyOf).toList());
  }

  @Test
  void localMoves_repairAPoorPivotChoice() {
    // The pivot 'hub' has the largest positive degree and would pull 'x' in; 'x' disagrees strongly
    // with the rest of the hub's cluster, so a local move takes it out.
    Graph<String, DefaultWeightedEdge> g = signed(
        "hub", "a", 2, "hub", "b", 2, "hub", "x", 1, "a", "b", 2, "a", "x", -3, "b", "x", -3);
    List<Set<String>> clusters = PivotCorrelationClustering.clusters(g).stream().map(Set::copyOf).toList();
    assertEquals(List.of(Set.of("a", "b", "hub"), Set.of("x")), clusters);
    assertEquals(1.0, PivotCorrelationClustering.disagreement(g, clusters));
  }

  @Test
  void clusters_emptyGraph_hasNoClusters() {
    assertTrue(PivotCorrelationClustering.clusters(signed()).isEmpty());
  }
}
