package org.corroborate.analysis.corroboration;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;

/**
 * Groups bearings into independent lines of evidence. Each bearing's assertion has keys: the
 * origin of its source; the origin of the source it relays (a reported-by basis); the document it
 * rests on and that document's publisher's origin. Bearings sharing a key, directly or through
 * others, are one line (union–find over keys; Tarjan 1975, "Efficiency of a good but not linear set
 * union algorithm", J. ACM 22(2), doi:10.1145/321879.321884). O(n α(n)) for n bearings, plus
 * sorting.
 */
public final class IndependentLines {

  private IndependentLines() {}

  /** The lines formed by {@code bearings}, ordered by id, each weighed under {@code policy}. */
  public static ImmutableList<EvidenceLine> of(
      List<Bearing> bearings, EvidenceBase evidence, WeightPolicy policy) {
    return lines(bearings, AssertionFacts.unknownPositions(bearings.size()),
        AssertionFacts.onDemand(evidence, policy), policy).lines();
  }

  /**
   * The lines formed by {@code bearings}, whose assertions are at {@code positions} in the
   * evidence base (or {@code -1}), with keys and weights read from {@code facts}; with each line,
   * the positions of its bearings' assertions in the line's order.
   */
  static Lines lines(List<Bearing> bearings, int[] positions, AssertionFacts facts,
      WeightPolicy policy) {
    if (bearings.isEmpty()) {
      return Lines.NONE;
    }
    boolean indexed = facts.indexed();
    for (int i = 0; indexed && i < positions.length; i++) {
      indexed = positions[i] >= 0;
    }
    return indexed ? byNumber(bearings, positions, facts, policy)
        : byName(bearings, positions, facts, policy);
  }

  /** Lines and, per line, the positions of the assertions of its bearings. */
  record Lines(ImmutableList<EvidenceLine> lines, int[][] positions) {
    static final Lines NONE = new Lines(ImmutableList.of(), new int[0][]);
  }

  /**
   * Union–find over key numbers: numbers follow the order of key names, so the smallest number of
   * a component names its line, and lines in number order are lines in id order.
   */
  private static Lines byNumber(List<Bearing> bearings, int[] positions, AssertionFacts facts,
      WeightPolicy policy) {
    int n = bearings.size();
    if (n == 1) {
      int smallest = facts.keyNumber(positions[0], 0);
      for (int j = 1; j < facts.keyCount(positions[0]); j++) {
        smallest = Math.min(smallest, facts.keyNumber(positions[0], j));
      }
      Bearing b = bearings.get(0);
      return lone(new EvidenceLine(facts.keyName(smallest), b, positions[0],
          loneWeight(policy, facts.weight(positions[0], b.assertion()))), positions[0]);
    }
    int count = 0;
    for (int i = 0; i < n; i++) {
      count += facts.keyCount(positions[i]);
    }
    int[] distinct = new int[count];
    int at = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < facts.keyCount(positions[i]); j++) {
        distinct[at++] = facts.keyNumber(positions[i], j);
      }
    }
    Arrays.sort(distinct);
    int m = 0;
    for (int i = 0; i < count; i++) {
      if (m == 0 || distinct[m - 1] != distinct[i]) {
        distinct[m++] = distinct[i];
      }
    }
    int[] parent = new int[m];
    for (int i = 0; i < m; i++) {
      parent[i] = i;
    }
    // each bearing's own origin, as an index into the distinct keys
    int[] origin = new int[n];
    for (int i = 0; i < n; i++) {
      origin[i] = Arrays.binarySearch(distinct, 0, m, facts.keyNumber(positions[i], 0));
      for (int j = 1; j < facts.keyCount(positions[i]); j++) {
        union(parent, origin[i],
            Arrays.binarySearch(distinct, 0, m, facts.keyNumber(positions[i], j)));
      }
    }
    int[] root = new int[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      root[i] = find(parent, origin[i]);
      order[i] = i;
    }
    // by line, then by assertion (positions follow ids), then by the proposition it comes from;
    // a stable sort keeps the order found for anything else
    if (n <= SMALL) {
      for (int k = 1; k < n; k++) {
        int i = order[k];
        int j = k - 1;
        while (j >= 0 && before(i, order[j], root, positions, bearings)) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = i;
      }
    } else {
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, Comparator.comparingInt((Integer i) -> root[i])
          .thenComparingInt(i -> positions[i])
          .thenComparing(i -> bearings.get(i).via().orElse("")));
      for (int i = 0; i < n; i++) {
        order[i] = boxed[i];
      }
    }
    // the lines counted first, so that the list and the table of positions are made to size
    int lineCount = 0;
    for (int k = 0; k < n; k++) {
      if (k == 0 || root[order[k]] != root[order[k - 1]]) {
        lineCount++;
      }
    }
    ImmutableList.Builder<EvidenceLine> lines = ImmutableList.builderWithExpectedSize(lineCount);
    int[][] linePositions = new int[lineCount][];
    int line = 0;
    int from = 0;
    while (from < n) {
      int to = from;
      while (to < n && root[order[to]] == root[order[from]]) {
        to++;
      }
      String id = facts.keyName(distinct[root[order[from]]]);
      int[] at2 = new int[to - from];
      if (to - from == 1) {
        int i = order[from];
        Bearing b = bearings.get(i);
        at2[0] = positions[i];
        lines.add(new EvidenceLine(id, b, positions[i],
            loneWeight(policy, facts.weight(positions[i], b.assertion()))));
      } else {
        ImmutableList.Builder<Bearing> members = ImmutableList.builderWithExpectedSize(to - from);
        double[] weights = new double[to - from];
        for (int k = from; k < to; k++) {
          int i = order[k];
          members.add(bearings.get(i));
          weights[k - from] = facts.weight(positions[i], bearings.get(i).assertion());
          at2[k - from] = positions[i];
        }
        lines.add(new EvidenceLine(id, members.build(), at2, policy.line(weights, weights.length)));
      }
      linePositions[line++] = at2;
      from = to;
    }
    return new Lines(lines.build(), linePositions);
  }

  /** The lines of a single line of one bearing, whose assertion is at {@code position}. */
  private static Lines lone(EvidenceLine line, int position) {
    return new Lines(ImmutableList.of(line), new int[][] {{position}});
  }

  /** The weight of a line of one assertion weighing {@code weight}. */
  private static double loneWeight(WeightPolicy policy, double weight) {
    return policy.line(new double[] {weight}, 1);
  }

  /** Up to this many bearings are ordered by insertion, which is stable and fast on few. */
  private static final int SMALL = 24;

  /** Whether bearing {@code i} comes strictly before bearing {@code j}: line, assertion, via. */
  private static boolean before(int i, int j, int[] root, int[] positions, List<Bearing> bearings) {
    if (root[i] != root[j]) {
      return root[i] < root[j];
    }
    if (positions[i] != positions[j]) {
      return positions[i] < positions[j];
    }
    return bearings.get(i).via().orElse("").compareTo(bearings.get(j).via().orElse("")) < 0;
  }

  private static int find(int[] parent, int x) {
    int root = x;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[x] != root) {
      int up = parent[x];
      parent[x] = root;
      x = up;
    }
    return root;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    // the smaller number becomes the root, so each root is the smallest key of its component
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }

  /** Union–find over key names, for bearings whose assertions the table does not hold. */
  private static Lines byName(List<Bearing> bearings, int[] positions, AssertionFacts facts,
      WeightPolicy policy) {
    if (bearings.size() == 1) {
      // one bearing, one line, named by the smallest of its keys (the root of their union)
      Bearing b = bearings.get(0);
      int number = positions[0];
      String id = facts.keys(number, b.assertion()).stream().min(String::compareTo).orElseThrow();
      return lone(new EvidenceLine(id, b, number,
          loneWeight(policy, facts.weight(number, b.assertion()))), number);
    }
    Map<String, String> parent = new HashMap<>();
    List<List<String>> keysOf = new ArrayList<>(bearings.size());
    Map<Bearing, Double> weightOf = new IdentityHashMap<>();
    Map<Bearing, Integer> positionOf = new IdentityHashMap<>();
    for (int i = 0; i < bearings.size(); i++) {
      Bearing b = bearings.get(i);
      int number = positions[i];
      weightOf.put(b, facts.weight(number, b.assertion()));
      positionOf.put(b, number);
      List<String> keys = facts.keys(number, b.assertion());
      keysOf.add(keys);
      for (String key : keys) {
        parent.putIfAbsent(key, key);
      }
      for (String key : keys.subList(1, keys.size())) {
        union(parent, keys.get(0), key);
      }
    }
    // the smaller root wins every union, so each root is the smallest key of its component
    Map<String, List<Bearing>> byLine = new TreeMap<>();
    for (int i = 0; i < bearings.size(); i++) {
      String lineId = find(parent, keysOf.get(i).get(0));
      byLine.computeIfAbsent(lineId, k -> new ArrayList<>()).add(bearings.get(i));
    }
    ImmutableList.Builder<EvidenceLine> lines = ImmutableList.builderWithExpectedSize(byLine.size());
    List<int[]> linePositions = new ArrayList<>();
    byLine.forEach((id, members) -> {
      members.sort(Comparator.comparing((Bearing b) -> b.assertion().id())
          .thenComparing(b -> b.via().orElse("")));
      double[] weights = new double[members.size()];
      int[] at = new int[members.size()];
      for (int i = 0; i < at.length; i++) {
        weights[i] = weightOf.get(members.get(i));
        at[i] = positionOf.get(members.get(i));
      }
      lines.add(new EvidenceLine(id, ImmutableList.copyOf(members), at,
          policy.line(weights, weights.length)));
      linePositions.add(at);
    });
    return new Lines(lines.build(), linePositions.toArray(int[][]::new));
  }

  /** The keys that tie an assertion to others: origins and documents. */
  static List<String> keys(Assertion a, EvidenceBase evidence) {
    List<String> keys = new ArrayList<>();
    keys.add(origin(a.source(), evidence));
    a.basis().reportedBy().ifPresent(s -> keys.add(origin(s, evidence)));
    a.basis().document().ifPresent(d -> {
      keys.add(documentKey(d));
      evidence.document(d).ifPresent(doc -> keys.add(origin(doc.source(), evidence)));
    });
    return keys;
  }

  private static String origin(String sourceId, EvidenceBase evidence) {
    return originKey(evidence.source(sourceId).map(s -> s.origin()).orElse(sourceId));
  }

  /** The key of an origin: sources sharing it count once. */
  static String originKey(String origin) {
    return "origin:" + origin;
  }

  /** The key of a document assertions rest on: assertions resting on it count once. */
  static String documentKey(String documentId) {
    return "document:" + documentId;
  }

  private static String find(Map<String, String> parent, String key) {
    String root = key;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    String next = key;
    while (!next.equals(root)) {
      String up = parent.get(next);
      parent.put(next, root);
      next = up;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // the smaller key becomes the root, so the outcome does not depend on the order of unions
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
