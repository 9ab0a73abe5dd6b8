package org.corroborate.analysis.trust;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
      Set<Integer> lines = new HashSet<>();
      for (int i = 0; i < who.length; i++) {
        supporters.add(new SourceVote(p.sources[who[i]], unit(trust[who[i]]), votes[o][best][i]));
        lines.add(p.lineOf[who[i]]);
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
      String reason = String.format(Locale.ROOT,
          "%d source(s) in %d independent line(s) claim '%s', confidence %.3f", who.length,
          lines.size(), p.values[o][best], unit(confidence[o][best]));
      if (strongest >= 0) {
        reason += String.format(Locale.ROOT,
            "; the strongest of %d rival value(s), '%s', has %.3f from %d source(s)",
            p.values[o].length - 1, p.values[o][strongest], unit(confidence[o][strongest]),
            p.claimants[o][strongest].length);
      } else {
        reason += "; no rival value";
      }
      decisions.put(p.objects[o], new DecidedValue(p.objects[o], p.values[o][best],
          unit(confidence[o][best]), ImmutableList.copyOf(supporters), rivals.build(), reason));
    }
    ImmutableSortedMap.Builder<String, Double> trusts = ImmutableSortedMap.naturalOrder();
    for (int s = 0; s < p.sources.length; s++) {
      trusts.put(p.sources[s], unit(trust[s]));
    }
    return new TruthEstimate(method, decisions.build(), trusts.build(), iterations, termination);
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
}
