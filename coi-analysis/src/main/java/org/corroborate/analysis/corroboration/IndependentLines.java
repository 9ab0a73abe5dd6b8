package org.corroborate.analysis.corroboration;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
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
    return of(bearings, AssertionFacts.onDemand(evidence, policy), policy);
  }

  /** The lines formed by {@code bearings}, with keys and weights read from {@code facts}. */
  static ImmutableList<EvidenceLine> of(
      List<Bearing> bearings, AssertionFacts facts, WeightPolicy policy) {
    if (bearings.isEmpty()) {
      return ImmutableList.of();
    }
    if (bearings.size() == 1) {
      // one bearing, one line, named by the smallest of its keys (the root of their union)
      Bearing b = bearings.get(0);
      int number = facts.indexOf(b.assertion());
      String id = facts.keys(number, b.assertion()).stream().min(String::compareTo).orElseThrow();
      return ImmutableList.of(new EvidenceLine(id, ImmutableList.of(b),
          policy.line(List.of(facts.weight(number, b.assertion())))));
    }
    Map<String, String> parent = new HashMap<>();
    List<List<String>> keysOf = new ArrayList<>(bearings.size());
    Map<Bearing, Double> weightOf = new IdentityHashMap<>();
    for (Bearing b : bearings) {
      int number = facts.indexOf(b.assertion());
      weightOf.put(b, facts.weight(number, b.assertion()));
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
    byLine.forEach((id, members) -> {
      members.sort(Comparator.comparing((Bearing b) -> b.assertion().id())
          .thenComparing(b -> b.via().orElse("")));
      List<Double> weights = new ArrayList<>(members.size());
      for (Bearing b : members) {
        weights.add(weightOf.get(b));
      }
      lines.add(new EvidenceLine(id, ImmutableList.copyOf(members), policy.line(weights)));
    });
    return lines.build();
  }

  /** The keys that tie an assertion to others: origins and documents. */
  static List<String> keys(Assertion a, EvidenceBase evidence) {
    List<String> keys = new ArrayList<>();
    keys.add(origin(a.source(), evidence));
    a.basis().reportedBy().ifPresent(s -> keys.add(origin(s, evidence)));
    a.basis().document().ifPresent(d -> {
      keys.add("document:" + d);
      evidence.document(d).ifPresent(doc -> keys.add(origin(doc.source(), evidence)));
    });
    return keys;
  }

  private static String origin(String sourceId, EvidenceBase evidence) {
    return "origin:" + evidence.source(sourceId).map(s -> s.origin()).orElse(sourceId);
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
