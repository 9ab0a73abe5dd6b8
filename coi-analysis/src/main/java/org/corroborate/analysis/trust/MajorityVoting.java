package org.corroborate.analysis.trust;

import java.util.Objects;

/**
 * The baseline: every object takes the value claimed by the most independent lines (a source's
 * known line counts once, however many of its sources agree); a tie goes to the first value in
 * string order. A value's confidence is its share of the object's line votes; a source's trust is
 * the share of its claims that were decided true. One round, O(C) for C claims.
 *
 * <p>Voting is the reference point of every truth-discovery paper, for example Yin, Han &amp; Yu,
 * "Truth discovery with multiple conflicting information providers on the web", KDD 2007, <a
 * href="https://doi.org/10.1145/1281192.1281309">doi:10.1145/1281192.1281309</a>.
 */
public final class MajorityVoting implements TruthDiscovery {

  /** A voting method; it has no parameters. */
  public MajorityVoting() {}

  @Override
  public String name() {
    return "Voting";
  }

  @Override
  public TruthEstimate discover(TruthProblem problem) {
    Objects.requireNonNull(problem, "problem");
    TruthProblem p = problem;
    double[][] confidence = new double[p.objects.length][];
    double[][][] votes = Estimates.votes(p);
    // seen[line] == stamp when the line already voted for the value being counted
    int[] seen = new int[p.sources.length];
    int stamp = 0;
    for (int o = 0; o < p.objects.length; o++) {
      confidence[o] = new double[p.values[o].length];
      double total = 0;
      for (int v = 0; v < p.values[o].length; v++) {
        stamp++;
        int lines = 0;
        int[] who = p.claimants[o][v];
        for (int i = 0; i < who.length; i++) {
          boolean first = seen[p.lineOf[who[i]]] != stamp;
          seen[p.lineOf[who[i]]] = stamp;
          votes[o][v][i] = first ? 1.0 : 0.0;
          lines += first ? 1 : 0;
        }
        confidence[o][v] = lines;
        total += lines;
      }
      for (int v = 0; v < p.values[o].length; v++) {
        confidence[o][v] /= total;
      }
    }
    double[] trust = new double[p.sources.length];
    for (int s = 0; s < p.sources.length; s++) {
      int right = 0;
      for (int k = 0; k < p.claimObject[s].length; k++) {
        int o = p.claimObject[s][k];
        right += Estimates.best(confidence[o]) == p.claimValue[s][k] ? 1 : 0;
      }
      trust[s] = (double) right / p.claimObject[s].length;
    }
    return Estimates.of(name(), p, confidence, trust, votes, 1, Termination.CONVERGED);
  }
}
