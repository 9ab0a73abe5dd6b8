package org.corroborate.analysis.trust;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the immutable, explained result of a method from its final scores. */
final class Estimates {

  private Estimates() {}

  /** The value index with the highest confidence; the first in string order on a tie. */
  static int best(double[] confidence) {
    int best = 0;
    for (int v = 1; v < confidence.length; v++) {
      if (confidence[v] > confidence[best]) {
        best = v;
      }
    }
    return best;
  }

  /**
   * The result: for each object the best value by {@code confidence}, its claimants with their
   * {@code trust} and counted {@code votes} (aligned with {@link TruthProblem#claimants}).
   */
  static TruthEstimate of(String method, TruthProblem p, double[][] confidence, double[] trust,
      double[][][] votes, int iterations, Termination termination) {
    ImmutableSortedMap.Builder<String, DecidedValue> decisions =
        ImmutableSortedMap.naturalOrder();
    for (int o = 0; o < p.objects.length; o++) {
      int best = best(confidence[o]);
      List<SourceVote> supporters = new ArrayList<>();
      int[] who = p.claimants[o][best];
      int lines = 0;
      for (int i = 0; i < who.length; i++) {
        supporters.add(new SourceVote(p.sources[who[i]], unit(trust[who[i]]), votes[o][best][i]));
        boolean newLine = true;
        for (int j = 0; j < i && newLine; j++) {
          newLine = p.lineOf[who[j]] != p.lineOf[who[i]];
        }
        lines += newLine ? 1 : 0;
      }
      supporters.sort(Comparator.comparingDouble((SourceVote s) -> -s.vote())
          .thenComparing(SourceVote::source));
      ImmutableSortedMap.Builder<String, Double> rivals = ImmutableSortedMap.naturalOrder();
      int strongest = -1;
      for (int v = 0; v < p.values[o].length; v++) {
        if (v != best) {
          rivals.put(p.values[o][v], unit(confidence[o][v]));
          if (strongest < 0 || confidence[o][v] > confidence[o][strongest]) {
            strongest = v;
          }
        }
      }
      StringBuilder reason = new StringBuilder(120).append(who.length)
          .append(" source(s) in ").append(lines).append(" independent line(s) claim '")
          .append(p.values[o][best]).append("', confidence ");
      thousandths(reason, unit(confidence[o][best]));
      if (strongest >= 0) {
        reason.append("; the strongest of ").append(p.values[o].length - 1)
            .append(" rival value(s), '").append(p.values[o][strongest]).append("', has ");
        thousandths(reason, unit(confidence[o][strongest]));
        reason.append(" from ").append(p.claimants[o][strongest].length).append(" source(s)");
      } else {
        reason.append("; no rival value");
      }
      decisions.put(p.objects[o], new DecidedValue(p.objects[o], p.values[o][best],
          unit(confidence[o][best]), ImmutableList.copyOf(supporters), rivals.build(),
          reason.toString()));
    }
    ImmutableSortedMap.Builder<String, Double> trusts = ImmutableSortedMap.naturalOrder();
    for (int s = 0; s < p.sources.length; s++) {
      trusts.put(p.sources[s], unit(trust[s]));
    }
    return new TruthEstimate(method, decisions.build(), trusts.build(), iterations, termination);
  }

  /**
   * Appends {@code x}, in [0, 1], with three decimals, rounded half up ({@code 0.123}): what
   * {@code String.format("%.3f")} prints, without a formatter per number.
   */
  static void thousandths(StringBuilder out, double x) {
    long r = Math.round(x * 1000);
    out.append(r / 1000).append('.');
    long frac = r % 1000;
    if (frac < 100) {
      out.append('0');
    }
    if (frac < 10) {
      out.append('0');
    }
    out.append(frac);
  }

  /** {@code x} clamped to [0, 1], against rounding at the ends. */
  static double unit(double x) {
    return Math.max(0.0, Math.min(1.0, x));
  }

  /** Empty vote arrays shaped like the claimants. */
  static double[][][] votes(TruthProblem p) {
    double[][][] votes = new double[p.objects.length][][];
    for (int o = 0; o < p.objects.length; o++) {
      votes[o] = new double[p.values[o].length][];
      for (int v = 0; v < p.values[o].length; v++) {
        votes[o][v] = new double[p.claimants[o][v].length];
      }
    }
    return votes;
  }

  /** The cosine similarity of two vectors of equal length; 1 when either is zero. O(n). */
  static double cosine(double[] a, double[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 1 : dot / Math.sqrt(na * nb);
  }
}
