package org.corroborate.analysis.cluster;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
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
 * disagree. A pair counts on a proposition only if at least one of the two speaks to it directly:
 * two affirmations about different districts both support the question for the country, by
 * derivation, but the two sources have not spoken to a shared proposition, so that is no agreement.
 * The edge between two sources weighs agreements minus disagreements; pairs that balance out to
 * zero have no edge. Absence of evidence and uncertainty take no side.
 *
 * <p>Pairs are counted as packed primitive keys (source indices and the agreement bit in one
 * {@code long}), sorted and run-length counted, and the graph is held as compressed adjacency
 * arrays (CSR), so ten million pairs fit in a few hundred megabytes. O(Σ d·k log Σ d·k) for k
 * sources taking sides on each proposition, d of them directly. {@link #pairs()} and {@link #graph()} build their
 * views on each call.
 */
public final class AgreementGraph {

  private final String[] ids;
  private final int[] first;
  private final int[] second;
  private final int[] agreements;
  private final int[] disagreements;
  private final int[] offsets;
  private final int[] neighbours;
  private final int[] balances;

  private AgreementGraph(String[] ids, int[] first, int[] second, int[] agreements,
      int[] disagreements) {
    this.ids = ids;
    this.first = first;
    this.second = second;
    this.agreements = agreements;
    this.disagreements = disagreements;
    int n = ids.length;
    int[] degree = new int[n + 1];
    for (int p = 0; p < first.length; p++) {
      if (agreements[p] != disagreements[p]) {
        degree[first[p] + 1]++;
        degree[second[p] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      degree[i + 1] += degree[i];
    }
    offsets = degree;
    neighbours = new int[offsets[n]];
    balances = new int[offsets[n]];
    int[] fill = Arrays.copyOf(offsets, n);
    // pairs are sorted by (first, second), so every row fills in increasing neighbour order
    for (int p = 0; p < first.length; p++) {
      int balance = agreements[p] - disagreements[p];
      if (balance != 0) {
        neighbours[fill[first[p]]] = second[p];
        balances[fill[first[p]]++] = balance;
      }
    }
    for (int p = 0; p < first.length; p++) {
      int balance = agreements[p] - disagreements[p];
      if (balance != 0) {
        neighbours[fill[second[p]]] = first[p];
        balances[fill[second[p]]++] = balance;
      }
    }
    for (int i = 0; i < n; i++) {
      sortRow(offsets[i], offsets[i + 1]);
    }
  }

  private void sortRow(int from, int to) {
    long[] packed = new long[to - from];
    for (int k = from; k < to; k++) {
      packed[k - from] = ((long) neighbours[k] << 32) | (balances[k] & 0xffffffffL);
    }
    Arrays.sort(packed);
    for (int k = from; k < to; k++) {
      neighbours[k] = (int) (packed[k - from] >>> 32);
      balances[k] = (int) packed[k - from];
    }
  }

  /** The graph of the sources taking sides in {@code corroborations}. */
  public static AgreementGraph of(List<Corroboration> corroborations) {
    List<Map<String, Integer>> sidesByProposition = new ArrayList<>();
    List<Set<String>> directByProposition = new ArrayList<>();
    TreeSet<String> speaking = new TreeSet<>();
    for (Corroboration c : corroborations) {
      Map<String, Set<Integer>> sides = new HashMap<>();
      Set<String> direct = new HashSet<>();
      if (c.proposition().isNumeric()) {
        for (int i = 0; i < c.values().size(); i++) {
          for (EvidenceLine line : c.values().get(i).lines()) {
            side(sides, direct, line, i);
          }
        }
      } else {
        c.supporting().forEach(line -> side(sides, direct, line, 0));
        c.opposing().forEach(line -> side(sides, direct, line, 1));
      }
      Map<String, Integer> decided = new HashMap<>();
      sides.forEach((source, set) -> {
        if (set.size() == 1) {
          decided.put(source, set.iterator().next());
        }
      });
      speaking.addAll(decided.keySet());
      direct.retainAll(decided.keySet());
      if (decided.size() > 1 && !direct.isEmpty()) {
        sidesByProposition.add(decided);
        directByProposition.add(direct);
      }
    }
    String[] ids = speaking.toArray(String[]::new);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      index.put(ids[i], i);
    }
    long n = ids.length;
    long[] keys = new long[16];
    int size = 0;
    for (int q = 0; q < sidesByProposition.size(); q++) {
      Map<String, Integer> decided = sidesByProposition.get(q);
      Set<String> direct = directByProposition.get(q);
      int k = decided.size();
      int[] who = new int[k];
      int[] side = new int[k];
      int at = 0;
      // direct speakers first, so every counted pair has its direct member at the smaller position
      for (Map.Entry<String, Integer> e : decided.entrySet()) {
        if (direct.contains(e.getKey())) {
          who[at] = index.get(e.getKey());
          side[at++] = e.getValue();
        }
      }
      int directCount = at;
      for (Map.Entry<String, Integer> e : decided.entrySet()) {
        if (!direct.contains(e.getKey())) {
          who[at] = index.get(e.getKey());
          side[at++] = e.getValue();
        }
      }
      for (int i = 0; i < directCount; i++) {
        for (int j = i + 1; j < k; j++) {
          if (size == keys.length) {
            keys = Arrays.copyOf(keys, Math.max(16, keys.length * 2));
          }
          long a = Math.min(who[i], who[j]);
          long b = Math.max(who[i], who[j]);
          keys[size++] = ((a * n + b) << 1) | (side[i] == side[j] ? 0 : 1);
        }
      }
    }
    Arrays.sort(keys, 0, size);
    int pairs = 0;
    for (int i = 0; i < size; i++) {
      if (i == 0 || (keys[i] >>> 1) != (keys[i - 1] >>> 1)) {
        pairs++;
      }
    }
    int[] first = new int[pairs];
    int[] second = new int[pairs];
    int[] agree = new int[pairs];
    int[] disagree = new int[pairs];
    int p = -1;
    for (int i = 0; i < size; i++) {
      long pair = keys[i] >>> 1;
      if (i == 0 || pair != (keys[i - 1] >>> 1)) {
        p++;
        first[p] = (int) (pair / n);
        second[p] = (int) (pair % n);
      }
      if ((keys[i] & 1) == 0) {
        agree[p]++;
      } else {
        disagree[p]++;
      }
    }
    return new AgreementGraph(ids, first, second, agree, disagree);
  }

  private static void side(
      Map<String, Set<Integer>> sides, Set<String> direct, EvidenceLine line, int side) {
    for (Bearing b : line.bearings()) {
      sides.computeIfAbsent(b.source(), k -> new HashSet<>()).add(side);
      if (!b.derived()) {
        direct.add(b.source());
      }
    }
  }

  /** The sources that take a side on some proposition, sorted. */
  public ImmutableSortedSet<String> sources() {
    return ImmutableSortedSet.copyOf(Arrays.asList(ids));
  }

  /** Every pair of sources that both took sides on some proposition, ordered by ids. O(pairs). */
  public ImmutableList<SourcePair> pairs() {
    ImmutableList.Builder<SourcePair> out = ImmutableList.builderWithExpectedSize(first.length);
    for (int p = 0; p < first.length; p++) {
      out.add(new SourcePair(ids[first[p]], ids[second[p]], agreements[p], disagreements[p]));
    }
    return out.build();
  }

  /** The number of sources, the vertices of the graph. */
  int size() {
    return ids.length;
  }

  /** The id of source {@code i}, in id order. */
  String id(int i) {
    return ids[i];
  }

  /** Where the neighbours of source {@code i} start in {@link #neighbour} and {@link #balance}. */
  int start(int i) {
    return offsets[i];
  }

  /** Where the neighbours of source {@code i} end (exclusive). */
  int end(int i) {
    return offsets[i + 1];
  }

  /** The neighbour at adjacency slot {@code k}. */
  int neighbour(int k) {
    return neighbours[k];
  }

  /** The signed weight (agreements minus disagreements) at adjacency slot {@code k}. */
  int balance(int k) {
    return balances[k];
  }

  /**
   * The signed graph as an unmodifiable JGraphT graph: an edge per pair whose balance is not zero.
   * Built on each call, O(sources + edges).
   */
  public Graph<String, DefaultWeightedEdge> graph() {
    SimpleWeightedGraph<String, DefaultWeightedEdge> g =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    for (String id : ids) {
      g.addVertex(id);
    }
    for (int p = 0; p < first.length; p++) {
      int balance = agreements[p] - disagreements[p];
      if (balance != 0) {
        g.setEdgeWeight(g.addEdge(ids[first[p]], ids[second[p]]), balance);
      }
    }
    return new AsUnmodifiableGraph<>(g);
  }
}
