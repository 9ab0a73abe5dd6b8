package org.corroborate.analysis.corroboration;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.analysis.scope.DayRange;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.TimeSpan;

/**
 * What corroboration reads of every assertion, read once and indexed by the assertion's position
 * in the evidence base ({@link BearingDerivation#assertionPositionsOn}): its independence keys (see
 * {@link IndependentLines}) as numbers given in the order of the keys' names, so that the smallest
 * number names the smallest key; its weight under the policy; and the days it speaks for. A
 * position of {@code -1} stands for an assertion this table was not built for, which is read on the
 * spot with the same result. Immutable once built, so safe to read from several threads.
 */
final class AssertionFacts {

  private final EvidenceBase evidence;
  private final WeightPolicy policy;
  private final int[][] keys;
  private final String[] keyNames;
  private final double[] weights;
  private final TimeSpan[] spans;
  private final long[] firstDay;
  private final long[] lastDay;

  private AssertionFacts(EvidenceBase evidence, WeightPolicy policy, int size, String[] keyNames) {
    this.evidence = evidence;
    this.policy = policy;
    this.keys = new int[size][];
    this.keyNames = keyNames;
    this.weights = new double[size];
    this.spans = new TimeSpan[size];
    this.firstDay = new long[size];
    this.lastDay = new long[size];
  }

  /** Positions of {@code n} assertions this table was not built for: {@code -1} each. */
  static int[] unknownPositions(int n) {
    int[] unknown = new int[n];
    Arrays.fill(unknown, -1);
    return unknown;
  }

  /** A table that reads every assertion on the spot: for a few bearings. */
  static AssertionFacts onDemand(EvidenceBase evidence, WeightPolicy policy) {
    return new AssertionFacts(evidence, policy, 0, new String[0]);
  }

  /**
   * The table of every assertion of {@code evidence}, with the time of its direct bearing in
   * {@code derivation} (derived bearings share that time). O(a log k + b) for a assertions, k
   * distinct keys and b bearings.
   */
  static AssertionFacts of(
      EvidenceBase evidence, BearingDerivation derivation, WeightPolicy policy) {
    List<Assertion> assertions = evidence.assertions();
    int n = assertions.size();
    // the keys of each assertion, and its weight, are read in parallel: each on its own
    List<List<String>> named = IntStream.range(0, n).parallel()
        .mapToObj(i -> IndependentLines.keys(assertions.get(i), evidence))
        .toList();
    double[] weights = IntStream.range(0, n).parallel()
        .mapToDouble(i -> policy.weigh(assertions.get(i), evidence))
        .toArray();
    Map<String, Integer> numbers = new HashMap<>();
    for (List<String> k : named) {
      for (String key : k) {
        numbers.putIfAbsent(key, 0);
      }
    }
    String[] names = numbers.keySet().toArray(String[]::new);
    Arrays.sort(names);
    for (int i = 0; i < names.length; i++) {
      numbers.put(names[i], i);
    }
    AssertionFacts facts = new AssertionFacts(evidence, policy, n, names);
    for (int i = 0; i < n; i++) {
      List<String> k = named.get(i);
      int[] row = new int[k.size()];
      for (int j = 0; j < row.length; j++) {
        row[j] = numbers.get(k.get(j));
      }
      facts.keys[i] = row;
    }
    System.arraycopy(weights, 0, facts.weights, 0, n);
    for (Proposition p : evidence.propositions()) {
      List<Bearing> on = derivation.bearingsOn(p.id());
      ImmutableIntArray at = derivation.assertionPositionsOn(p.id());
      for (int k = 0; k < on.size(); k++) {
        Bearing b = on.get(k);
        int i = at.get(k);
        if (!b.derived() && facts.spans[i] == null) {
          DayRange days = DayRange.of(b.time());
          facts.spans[i] = b.time();
          facts.firstDay[i] = days.first();
          facts.lastDay[i] = days.last();
        }
      }
    }
    return facts;
  }

  /** Whether the table holds every assertion, so that positions may be used. */
  boolean indexed() {
    return keys.length > 0;
  }

  /** The independence keys of assertion {@code a}, at position {@code i}; its own origin first. */
  List<String> keys(int i, Assertion a) {
    if (i < 0) {
      return IndependentLines.keys(a, evidence);
    }
    List<String> out = new ArrayList<>(keys[i].length);
    for (int k : keys[i]) {
      out.add(keyNames[k]);
    }
    return out;
  }

  /** The numbers of the independence keys of the assertion at position {@code i}, origin first. */
  int[] keyNumbers(int i) {
    return keys[i];
  }

  /** The name of key number {@code k}: numbers follow the order of names. */
  String keyName(int k) {
    return keyNames[k];
  }

  /** The weight of assertion {@code a}, at position {@code i}, under the policy. */
  double weight(int i, Assertion a) {
    return i < 0 ? policy.weigh(a, evidence) : weights[i];
  }

  /** The evidence base the facts are about. */
  EvidenceBase evidence() {
    return evidence;
  }

  /** The days the bearing, whose assertion is at position {@code i}, speaks for. */
  DayRange days(int i, Bearing b) {
    return i >= 0 && spans[i] == b.time()
        ? new DayRange(firstDay[i], lastDay[i]) : DayRange.of(b.time());
  }
}
