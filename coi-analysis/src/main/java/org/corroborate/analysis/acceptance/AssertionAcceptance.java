package org.corroborate.analysis.acceptance;

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
    Map<String, Double> weights = new HashMap<>();
    for (Assertion a : evidence.assertions()) {
      weights.put(a.id(), policy.weigh(a, evidence));
    }
    ArgumentationFramework.Builder<String> builder = ArgumentationFramework.<String>builder();
    evidence.assertions().forEach(a -> builder.addArgument(a.id()));
    for (Corroboration c : corroborations) {
      if (c.proposition().isNumeric()) {
        List<ValueCamp> camps = c.values();
        for (int i = 0; i < camps.size(); i++) {
          for (int j = i + 1; j < camps.size(); j++) {
            conflicts(builder, weights, bearings(camps.get(i).lines()), bearings(camps.get(j).lines()));
          }
        }
      } else {
        conflicts(builder, weights, bearings(c.supporting()), bearings(c.opposing()));
      }
    }
    return builder.build();
  }

  /** The grounded labelling of every assertion of {@code evidence}. */
  public static Labelling<String> of(
      EvidenceBase evidence, List<Corroboration> corroborations, WeightPolicy policy) {
    return new GroundedLabelling().labelling(framework(evidence, corroborations, policy));
  }

  private static List<Bearing> bearings(List<EvidenceLine> lines) {
    return lines.stream().flatMap(l -> l.bearings().stream()).toList();
  }

  private static void conflicts(ArgumentationFramework.Builder<String> builder,
      Map<String, Double> weights, List<Bearing> one, List<Bearing> other) {
    DayRange[] times = new DayRange[other.size()];
    for (int j = 0; j < times.length; j++) {
      times[j] = DayRange.of(other.get(j).time());
    }
    for (Bearing x : one) {
      DayRange xTime = DayRange.of(x.time());
      for (int j = 0; j < times.length; j++) {
        Bearing y = other.get(j);
        String a = x.assertion().id();
        String b = y.assertion().id();
        if (a.equals(b) || !xTime.overlaps(times[j])) {
          continue;
        }
        int order = Double.compare(weights.get(a), weights.get(b));
        if (order >= 0) {
          builder.addAttack(a, b);
        }
        if (order <= 0) {
          builder.addAttack(b, a);
        }
      }
    }
  }
}
