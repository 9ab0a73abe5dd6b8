package org.corroborate.analysis.cluster;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    String[] ids = new TreeSet<>(signed.vertexSet()).toArray(String[]::new);
    int n = ids.length;
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(ids[i], i);
    }
    int[] offsets = new int[n + 1];
    List<long[]> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<long[]> row = new ArrayList<>();
      for (DefaultWeightedEdge e : signed.edgesOf(ids[i])) {
        String other = Graphs.getOppositeVertex(signed, e, ids[i]);
        row.add(new long[] {index.get(other), Double.doubleToLongBits(signed.getEdgeWeight(e))});
      }
      row.sort(Comparator.comparingLong(x -> x[0]));
      rows.addAll(row);
      offsets[i + 1] = offsets[i] + row.size();
    }
    int[] neighbours = new int[rows.size()];
    double[] weights = new double[rows.size()];
    for (int k = 0; k < rows.size(); k++) {
      neighbours[k] = (int) rows.get(k)[0];
      weights[k] = Double.longBitsToDouble(rows.get(k)[1]);
    }
    return cluster(ids, offsets, neighbours, k -> weights[k]);
  }

  /** The clusters of an agreement graph, read from its compressed adjacency. */
  public static ImmutableList<ImmutableSortedSet<String>> clusters(AgreementGraph agreement) {
    Objects.requireNonNull(agreement, "agreement");
    AgreementGraph.Adjacency adjacency = agreement.adjacency();
    int[] balances = adjacency.balances();
    return cluster(adjacency.ids(), adjacency.offsets(), adjacency.neighbours(), k -> balances[k]);
  }

  /** The weight of the edge at adjacency slot k. */
  @FunctionalInterface
  private interface Weights {
    double at(int k);
  }

  /** The algorithm, on vertices in id order with neighbours in index order (CSR). */
  private static ImmutableList<ImmutableSortedSet<String>> cluster(
      String[] ids, int[] offsets, int[] neighbours, Weights weights) {
    int n = ids.length;
    double[] positiveDegree = new double[n];
    for (int i = 0; i < n; i++) {
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        positiveDegree[i] += Math.max(0, weights.at(k));
      }
    }
    Integer[] pivots = new Integer[n];
    for (int i = 0; i < n; i++) {
      pivots[i] = i;
    }
    Arrays.sort(pivots, Comparator.comparingDouble((Integer i) -> -positiveDegree[i])
        .thenComparingInt(i -> i));

    int[] clusterOf = new int[n];
    Arrays.fill(clusterOf, -1);
    int next = 0;
    for (int pivot : pivots) {
      if (clusterOf[pivot] >= 0) {
        continue;
      }
      int id = next++;
      clusterOf[pivot] = id;
      for (int k = offsets[pivot]; k < offsets[pivot + 1]; k++) {
        if (clusterOf[neighbours[k]] < 0 && weights.at(k) > 0) {
          clusterOf[neighbours[k]] = id;
        }
      }
    }

    // Local moves. A vertex's choice depends only on its own cluster and its neighbours' clusters,
    // so a vertex that stayed put is visited again only once one of its neighbours has moved (or
    // it moved itself): the same moves, in the same order, as visiting every vertex every pass.
    double[] pull = new double[Math.max(16, next + n)];
    boolean[] seen = new boolean[pull.length];
    int[] touched = new int[16];
    boolean[] dirty = new boolean[n];
    Arrays.fill(dirty, true);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean moved = false;
      for (int v = 0; v < n; v++) {
        if (!dirty[v]) {
          continue;
        }
        dirty[v] = false;
        int count = 0;
        for (int k = offsets[v]; k < offsets[v + 1]; k++) {
          int c = clusterOf[neighbours[k]];
          if (!seen[c]) {
            seen[c] = true;
            if (count == touched.length) {
              touched = Arrays.copyOf(touched, count * 2);
            }
            touched[count++] = c;
          }
          pull[c] += weights.at(k);
        }
        if (count > 1) {
          Arrays.sort(touched, 0, count);
        }
        int current = clusterOf[v];
        double stay = pull[current];
        int best = current;
        double bestGain = 0.0;
        for (int t = 0; t < count; t++) {
          int c = touched[t];
          double gain = pull[c] - stay;
          if (c != current && gain > bestGain + 1e-12) {
            best = c;
            bestGain = gain;
          }
        }
        for (int t = 0; t < count; t++) {
          pull[touched[t]] = 0.0;
          seen[touched[t]] = false;
        }
        if (-stay > bestGain + 1e-12) {
          best = next++;
          if (next > pull.length) {
            pull = Arrays.copyOf(pull, pull.length * 2);
            seen = Arrays.copyOf(seen, seen.length * 2);
          }
        }
        if (best != current) {
          clusterOf[v] = best;
          moved = true;
          dirty[v] = true;
          for (int k = offsets[v]; k < offsets[v + 1]; k++) {
            dirty[neighbours[k]] = true;
          }
        }
      }
      if (!moved) {
        break;
      }
    }

    Map<Integer, List<String>> members = new HashMap<>();
    for (int v = 0; v < n; v++) {
      members.computeIfAbsent(clusterOf[v], k -> new ArrayList<>()).add(ids[v]);
    }
    List<ImmutableSortedSet<String>> out = new ArrayList<>();
    for (List<String> m : members.values()) {
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

}
