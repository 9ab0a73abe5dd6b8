package org.corroborate.analysis.corroboration;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.analysis.scope.DayRange;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.TimeSpan;

/**
 * What corroboration reads of every assertion, read once: its independence keys (see {@link
 * IndependentLines}), its weight under the policy, and the days it speaks for. A bearing's
 * assertion is looked up by identity; an assertion this table was not built for (or a bearing with
 * another time) is read on the spot, with the same result. Immutable once built, so safe to read
 * from several threads.
 */
final class AssertionFacts {

  private final EvidenceBase evidence;
  private final WeightPolicy policy;
  private final Map<Assertion, Integer> index;
  private final List<?>[] keys;
  private final double[] weights;
  private final TimeSpan[] spans;
  private final long[] firstDay;
  private final long[] lastDay;

  private AssertionFacts(EvidenceBase evidence, WeightPolicy policy, int size) {
    this.evidence = evidence;
    this.policy = policy;
    this.index = new IdentityHashMap<>(size);
    this.keys = new List<?>[size];
    this.weights = new double[size];
    this.spans = new TimeSpan[size];
    this.firstDay = new long[size];
    this.lastDay = new long[size];
  }

  /** A table that reads every assertion on the spot: for a few bearings. */
  static AssertionFacts onDemand(EvidenceBase evidence, WeightPolicy policy) {
    return new AssertionFacts(evidence, policy, 0);
  }

  /**
   * The table of every assertion of {@code evidence}, with the time of its direct bearing in
   * {@code derivation} (derived bearings share that time). O(assertions + bearings).
   */
  static AssertionFacts of(
      EvidenceBase evidence, BearingDerivation derivation, WeightPolicy policy) {
    List<Assertion> assertions = evidence.assertions();
    AssertionFacts facts = new AssertionFacts(evidence, policy, assertions.size());
    Map<String, String> canonical = new HashMap<>();
    for (int i = 0; i < assertions.size(); i++) {
      Assertion a = assertions.get(i);
      facts.index.put(a, i);
      facts.keys[i] = IndependentLines.keys(a, evidence).stream()
          .map(k -> canonical.computeIfAbsent(k, x -> x))
          .toList();
      facts.weights[i] = policy.weigh(a, evidence);
    }
    for (Bearing b : derivation.all().values()) {
      Integer i = facts.index.get(b.assertion());
      if (!b.derived() && i != null && facts.spans[i] == null) {
        DayRange days = DayRange.of(b.time());
        facts.spans[i] = b.time();
        facts.firstDay[i] = days.first();
        facts.lastDay[i] = days.last();
      }
    }
    return facts;
  }

  /** The assertion's number in this table, or -1 if the table was not built for it. */
  int indexOf(Assertion a) {
    Integer i = index.get(a);
    return i == null ? -1 : i;
  }

  /** The independence keys of assertion {@code a}, numbered {@code i}; its own origin first. */
  @SuppressWarnings("unchecked")
  List<String> keys(int i, Assertion a) {
    return i < 0 ? IndependentLines.keys(a, evidence) : (List<String>) keys[i];
  }

  /** The weight of assertion {@code a}, numbered {@code i}, under the policy. */
  double weight(int i, Assertion a) {
    return i < 0 ? policy.weigh(a, evidence) : weights[i];
  }

  /** The evidence base the facts are about. */
  EvidenceBase evidence() {
    return evidence;
  }

  /** The days the bearing speaks for. */
  DayRange days(Bearing b) {
    int i = indexOf(b.assertion());
    return i >= 0 && spans[i] == b.time()
        ? new DayRange(firstDay[i], lastDay[i]) : DayRange.of(b.time());
  }
}
