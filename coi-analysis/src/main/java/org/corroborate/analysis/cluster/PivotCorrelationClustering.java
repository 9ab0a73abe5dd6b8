package org.corroborate.analysis.cluster;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Correlation clustering of a signed graph: partition the vertices so as to minimise disagreement,
 * the total weight of positive edges between clusters plus the total magnitude of negative edges
 * within clusters (Bansal, Blum &amp; Chawla 2004, "Correlation clustering", Machine Learning 56,
 * doi:10.1023/B:MACH.0000033116.57574.95). JGraphT's clusterings ignore negative edges, hence this
 * class.
 *
 * <p>Two phases. <b>Pivot</b> (Ailon, Charikar &amp; Newman 2008, "Aggregating inconsistent
 * information: ranking and clustering", J. ACM 55(5), doi:10.1145/1411509.1411513): take the
 * first unclustered vertex as pivot and cluster it with its unclustered positive neighbours; repeat.
 * The pivot order is deterministic — by decreasing positive weighted degree, then by id — instead
 * of random, so the same graph always gives the same clusters. <b>Local moves</b>: visit vertices in
 * id order and move each to the cluster (or a new singleton) that most lowers the disagreement;
 * repeat until no move helps or {@value #MAX_PASSES} passes. Disagreement never increases, so the
 * result is never worse than the pivot phase's. O(V + E) for the pivot phase and O(passes · (V + E)
 * + V · C) for the moves, with C clusters.
 */
public final class PivotCorrelationClustering {

  /** The most passes of local moves. */
  public static final int MAX_PASSES = 50;

  private PivotCorrelationClustering() {}

  /**
   * The clusters of the graph's vertices, each sorted, ordered by size (largest first) then by
   * smallest id.
   */
  public static ImmutableList<ImmutableSortedSet<String>> clusters(
      Graph<String, DefaultWeightedEdge> signed) {
    Objects.requireNonNull(signed, "signed");
    List<String> vertices = new ArrayList<>(new TreeSet<>(signed.vertexSet()));
    Map<String, Double> positiveDegree = new HashMap<>();
    for (String v : vertices) {
      double sum = 0;
      for (DefaultWeightedEdge e : signed.edgesOf(v)) {
        sum += Math.max(0, signed.getEdgeWeight(e));
      }
      positiveDegree.put(v, sum);
    }
    List<String> order = new ArrayList<>(vertices);
    order.sort(Comparator.comparingDouble((String v) -> -positiveDegree.get(v))
        .thenComparing(v -> v));

    Map<String, Integer> clusterOf = new HashMap<>();
    int next = 0;
    for (String pivot : order) {
      if (clusterOf.containsKey(pivot)) {
        continue;
      }
      int id = next++;
      clusterOf.put(pivot, id);
      for (String n : new TreeSet<>(Graphs.neighborListOf(signed, pivot))) {
        if (!clusterOf.containsKey(n) && weight(signed, pivot, n) > 0) {
          clusterOf.put(n, id);
        }
      }
    }

    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean moved = false;
      for (String v : vertices) {
        Map<Integer, Double> pull = new HashMap<>();
        for (String n : Graphs.neighborListOf(signed, v)) {
          pull.merge(clusterOf.get(n), weight(signed, v, n), Double::sum);
        }
        int current = clusterOf.get(v);
        double stay = pull.getOrDefault(current, 0.0);
        int best = current;
        double bestGain = 0.0;
        for (Map.Entry<Integer, Double> e : new TreeMap<>(pull).entrySet()) {
          double gain = e.getValue() - stay;
          if (e.getKey() != current && gain > bestGain + 1e-12) {
            best = e.getKey();
            bestGain = gain;
          }
        }
        if (-stay > bestGain + 1e-12) {
          best = next++;
          bestGain = -stay;
        }
        if (best != current) {
          clusterOf.put(v, best);
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
    }

    Map<Integer, Set<String>> members = new HashMap<>();
    for (String v : vertices) {
      members.computeIfAbsent(clusterOf.get(v), k -> new LinkedHashSet<>()).add(v);
    }
    List<ImmutableSortedSet<String>> out = new ArrayList<>();
    for (Set<String> m : members.values()) {
      out.add(ImmutableSortedSet.copyOf(m));
    }
    out.sort(Comparator.comparingInt((ImmutableSortedSet<String> c) -> -c.size())
        .thenComparing(ImmutableSortedSet::first));
    return ImmutableList.copyOf(out);
  }

  /**
   * The disagreement of a partition: positive weight between clusters plus negative magnitude
   * within clusters.
   */
  public static double disagreement(
      Graph<String, DefaultWeightedEdge> signed, List<? extends Set<String>> clusters) {
    Map<String, Integer> clusterOf = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (String v : clusters.get(i)) {
        clusterOf.put(v, i);
      }
    }
    double cost = 0;
    for (DefaultWeightedEdge e : signed.edgeSet()) {
      double w = signed.getEdgeWeight(e);
      boolean together = Objects.equals(
          clusterOf.get(signed.getEdgeSource(e)), clusterOf.get(signed.getEdgeTarget(e)));
      if (together && w < 0) {
        cost -= w;
      } else if (!together && w > 0) {
        cost += w;
      }
    }
    return cost;
  }

  private static double weight(Graph<String, DefaultWeightedEdge> g, String a, String b) {
    DefaultWeightedEdge e = g.getEdge(a, b);
    return e == null ? 0.0 : g.getEdgeWeight(e);
  }
}
