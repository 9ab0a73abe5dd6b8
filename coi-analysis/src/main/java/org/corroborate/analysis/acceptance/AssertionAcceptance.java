package org.corroborate.analysis.acceptance;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.analysis.argumentation.ArgumentationFramework;
import org.corroborate.analysis.argumentation.GroundedLabelling;
import org.corroborate.analysis.argumentation.Labelling;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.corroboration.ValueCamp;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.scope.DayRange;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.TimeSpan;

/**
 * Acceptance of assertions under grounded semantics (Dung 1995, doi:10.1016/0004-3702(94)00041-X).
 *
 * <p>Arguments are the assertions, by id. Two assertions conflict when, on some proposition, one
 * supports and the other opposes it (directly or by derivation), or they give values in camps that
 * cannot both be true, and the times they speak for overlap. An absence of evidence conflicts with
 * nothing: it never makes a dispute. In a conflict the assertion that weighs more under the weight
 * policy attacks the other; assertions of equal weight attack each other (a preference-based
 * framework in the sense of Amgoud &amp; Cayrol 2002, "A reasoning model based on the production of
 * acceptable arguments", Annals of Mathematics and AI 34, doi:10.1023/A:1014490210693). The
 * grounded labelling then accepts (IN) what no surviving assertion defeats, rejects (OUT) what an
 * accepted one defeats, and leaves undecided (UNDEC) what stays in even conflict. Every assertion
 * is labelled, unattacked ones IN. O(Σ s·o) over propositions with s supporting and o opposing
 * bearings, plus the linear-time labelling.
 */
public final class AssertionAcceptance {

  private AssertionAcceptance() {}

  /** The framework of conflicts among the assertions of {@code evidence}. */
  public static ArgumentationFramework<String> framework(
      EvidenceBase evidence, List<Corroboration> corroborations, WeightPolicy policy) {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(policy, "policy");
    Conflicts conflicts = new Conflicts(evidence, policy);
    for (Corroboration c : corroborations) {
      if (c.proposition().isNumeric()) {
        List<ValueCamp> camps = c.values();
        for (int i = 0; i < camps.size(); i++) {
          for (int j = i + 1; j < camps.size(); j++) {
            conflicts.between(camps.get(i).lines(), camps.get(j).lines());
          }
        }
      } else {
        conflicts.between(c.supporting(), c.opposing());
      }
    }
    return conflicts.framework();
  }

  /** The grounded labelling of every assertion of {@code evidence}. */
  public static Labelling<String> of(
      EvidenceBase evidence, List<Corroboration> corroborations, WeightPolicy policy) {
    return new GroundedLabelling().labelling(framework(evidence, corroborations, policy));
  }

  /**
   * The conflicts found so far, in primitive arrays: assertions by their position in id order,
   * each with its weight and the days it speaks for (read once per assertion and time span).
   */
  private static final class Conflicts {
    private final List<String> ids;
    private final Map<String, Integer> position;
    private final double[] weights;
    private final TimeSpan[] spans;
    private final long[] firstDay;
    private final long[] lastDay;
    private int[] attackers = new int[1024];
    private int[] targets = new int[1024];
    private int count;
    private int[] one = new int[16];
    private int[] other = new int[16];

    Conflicts(EvidenceBase evidence, WeightPolicy policy) {
      ids = evidence.assertions().stream().map(Assertion::id).sorted().toList();
      int n = ids.size();
      position = new HashMap<>(2 * n);
      for (int i = 0; i < n; i++) {
        position.put(ids.get(i), i);
      }
      weights = new double[n];
      for (Assertion a : evidence.assertions()) {
        weights[position.get(a.id())] = policy.weigh(a, evidence);
      }
      spans = new TimeSpan[n];
      firstDay = new long[n];
      lastDay = new long[n];
    }

    /** Every conflict between a bearing in {@code a} and one in {@code b}. */
    void between(List<EvidenceLine> a, List<EvidenceLine> b) {
      int x = 0;
      for (EvidenceLine line : a) {
        for (Bearing bearing : line.bearings()) {
          one = add(one, x++, bearing);
        }
      }
      int y = 0;
      for (EvidenceLine line : b) {
        for (Bearing bearing : line.bearings()) {
          other = add(other, y++, bearing);
        }
      }
      for (int i = 0; i < x; i++) {
        int p = one[i];
        for (int j = 0; j < y; j++) {
          int q = other[j];
          if (p == q || firstDay[p] > lastDay[q] || firstDay[q] > lastDay[p]) {
            continue;
          }
          int order = Double.compare(weights[p], weights[q]);
          if (order >= 0) {
            attack(p, q);
          }
          if (order <= 0) {
            attack(q, p);
          }
        }
      }
    }

    /** Puts the position of the bearing's assertion at {@code i}, noting the days it speaks for. */
    private int[] add(int[] into, int i, Bearing bearing) {
      Integer p = position.get(bearing.assertion().id());
      if (p == null) {
        throw new IllegalArgumentException(
            "a corroboration names assertion '" + bearing.assertion().id()
                + "', which the evidence base does not hold");
      }
      if (spans[p] != bearing.time()) {
        DayRange days = DayRange.of(bearing.time());
        spans[p] = bearing.time();
        firstDay[p] = days.first();
        lastDay[p] = days.last();
      }
      int[] out = i < into.length ? into : Arrays.copyOf(into, into.length * 2);
      out[i] = p;
      return out;
    }

    private void attack(int attacker, int target) {
      if (count == attackers.length) {
        attackers = Arrays.copyOf(attackers, count * 2);
        targets = Arrays.copyOf(targets, count * 2);
      }
      attackers[count] = attacker;
      targets[count++] = target;
    }

    ArgumentationFramework<String> framework() {
      return ArgumentationFramework.ofPositions(
          Comparator.<String>naturalOrder(), ids, attackers, targets, count);
    }
  }
}
