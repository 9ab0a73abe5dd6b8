package org.corroborate.analysis.trust;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Source accuracy with copy detection, after Accu and AccuCopy (Dong, Berti-Equille &amp;
 * Srivastava, "Integrating conflicting data: the role of source dependence", VLDB 2009, <a
 * href="https://doi.org/10.14778/1687627.1687690">doi:10.14778/1687627.1687690</a>): sources that
 * share false values are likely to copy one another, and a copier's vote is discounted.
 *
 * <p>Definition. Each source has an accuracy {@code A(S)}, at first {@code A₀}; each object has
 * {@code n} false values besides the true one. A source votes for its value with {@code A′(S) =
 * ln(n · A(S) / (1 − A(S)))}; a value's count {@code C(v)} is the sum of its sources' votes, each
 * multiplied by {@code I(S) = Π (1 − c · P(S ~ S₀))} over the sources {@code S₀} of the same value
 * counted before it (by decreasing accuracy, then name); its probability is {@code e^C(v)} over the
 * sum of {@code e^C} over the object's {@code n + 1} values (unclaimed values count 0); a source's
 * accuracy becomes the mean probability of its values. {@code P(S ~ S₀)}, the probability that two
 * sources depend on one another in either direction, is the paper's Bayesian test on the objects
 * both claim, given the values currently decided: with {@code kₜ} shared true values, {@code k_f}
 * shared false values and {@code k_d} different values, independence has likelihood {@code Pₜ^kₜ
 * P_f^k_f P_d^k_d} ({@code Pₜ = A₁A₂}, {@code P_f = (1 − A₁)(1 − A₂) / n}, {@code P_d = 1 − Pₜ −
 * P_f}) and copying from {@code S₁} has {@code (A₁c + Pₜ(1 − c))^kₜ ((1 − A₁)c + P_f(1 −
 * c))^k_f (P_d(1 − c))^k_d}, with prior {@code α} for dependence (half each way). Sharing false
 * values is what gives a copier away: independent sources rarely make the same mistake.
 *
 * <p>Known dependence comes first: two sources of one known line ({@link TruthProblem#lines()},
 * from shared origins and reported-by relations) depend with certainty and copy everything, so the
 * second adds nothing to a value the first already voted for. The departures from the paper, each
 * for determinism or for our evidence: the decided values are the most probable ones, not sampled;
 * the order of counting is by accuracy rather than by the paper's greedy dependence order;
 * accuracies are clamped to [0.01, 0.99] where they enter logarithms.
 *
 * <p>Convergence: the rounds stop when no accuracy changes by more than the tolerance, or after the
 * maximum number of rounds; {@link TruthEstimate#converged()} says which. The first round counts
 * votes with known dependence only.
 *
 * <p>Complexity: O(Σₒ Σᵥ Kₒᵥ²) once to find the pairs of sources that share a value, where Kₒᵥ is
 * the number of sources claiming value v of object o, and O(C log C + P + Σₒ Σᵥ Kₒᵥ²) per round for
 * C claims and P such pairs; O(R · (C log C + P + Σ Kₒᵥ²)) for R rounds. Memory O(P + Σ Kₒᵥ²).
 */
public final class CopyAwareAccuracy implements TruthDiscovery {

  /** The smallest and largest accuracy used in logarithms. */
  static final double MIN_ACCURACY = 0.01;

  static final double MAX_ACCURACY = 0.99;

  /**
   * The parameters.
   *
   * @param falseValues n, the number of false values of an object, at least 1
   * @param copyRate c, the share of values a copier copies, in [0, 1]
   * @param dependencePrior α, the prior probability that two sources depend, in (0, 1)
   * @param initialAccuracy A₀, the accuracy every source starts with, in (0, 1)
   * @param detectCopying whether to infer dependence from the data (AccuCopy) or use known lines
   *     only (Accu)
   * @param maxIterations the most rounds, at least 1
   * @param tolerance the largest change of an accuracy below which the rounds stop, not negative
   */
  public record Parameters(
      int falseValues,
      double copyRate,
      double dependencePrior,
      double initialAccuracy,
      boolean detectCopying,
      int maxIterations,
      double tolerance) {

    /** Validates the ranges. */
    public Parameters {
      checkArgument(falseValues >= 1, "n must be at least 1: %s", falseValues);
      checkArgument(copyRate >= 0 && copyRate <= 1, "c must lie in [0, 1]: %s", copyRate);
      checkArgument(dependencePrior > 0 && dependencePrior < 1,
          "alpha must lie in (0, 1): %s", dependencePrior);
      checkArgument(initialAccuracy > 0 && initialAccuracy < 1,
          "initial accuracy must lie in (0, 1): %s", initialAccuracy);
      checkArgument(maxIterations >= 1, "max iterations must be at least 1: %s", maxIterations);
      checkArgument(tolerance >= 0, "tolerance must not be negative: %s", tolerance);
    }

    /**
     * The paper's default setting: n = 100, c = 0.8, α = 0.2, A₀ = 0.8, copy detection on; at most
     * 100 rounds, tolerance 10⁻⁶.
     */
    public static Parameters paper() {
      return new Parameters(100, 0.8, 0.2, 0.8, true, 100, 1e-6);
    }

    /** These parameters with copy detection on or off. */
    public Parameters detectingCopies(boolean detect) {
      return new Parameters(falseValues, copyRate, dependencePrior, initialAccuracy, detect,
          maxIterations, tolerance);
    }
  }

  private final Parameters parameters;

  private CopyAwareAccuracy(Parameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** The method with the paper's parameters, copy detection on. */
  public static CopyAwareAccuracy standard() {
    return new CopyAwareAccuracy(Parameters.paper());
  }

  /** The method with the given parameters. */
  public static CopyAwareAccuracy with(Parameters parameters) {
    return new CopyAwareAccuracy(parameters);
  }

  /** The parameters. */
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public String name() {
    return parameters.detectCopying() ? "AccuCopy" : "Accu";
  }

  @Override
  public TruthEstimate discover(TruthProblem problem) {
    Objects.requireNonNull(problem, "problem");
    TruthProblem p = problem;
    int sources = p.sources.length;
    int objects = p.objects.length;
    int n = parameters.falseValues();
    double c = parameters.copyRate();

    // The pairs of sources that claim a common value, and for each (object, value) the pair index
    // of every two of its claimants: pairAt[o][v][i * k + j] for claimants i > j.
    Map<Long, Integer> pairIndex = new HashMap<>();
    int[][][] pairAt = new int[objects][][];
    for (int o = 0; o < objects; o++) {
      pairAt[o] = new int[p.values[o].length][];
      for (int v = 0; v < p.values[o].length; v++) {
        int[] who = p.claimants[o][v];
        int k = who.length;
        pairAt[o][v] = new int[k * k];
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < i; j++) {
            long key = (long) Math.min(who[i], who[j]) * sources + Math.max(who[i], who[j]);
            Integer index = pairIndex.get(key);
            if (index == null) {
              index = pairIndex.size();
              pairIndex.put(key, index);
            }
            pairAt[o][v][i * k + j] = index;
            pairAt[o][v][j * k + i] = index;
          }
        }
      }
    }
    int pairs = pairIndex.size();
    int[] pairA = new int[pairs];
    int[] pairB = new int[pairs];
    pairIndex.forEach((key, index) -> {
      pairA[index] = (int) (key / sources);
      pairB[index] = (int) (key % sources);
    });
    // Objects both sources of a pair claim something for.
    int[] sharedObjects = new int[pairs];
    if (parameters.detectCopying()) {
      for (int o = 0; o < objects; o++) {
        int[] who = distinctClaimants(p, o);
        for (int i = 0; i < who.length; i++) {
          for (int j = 0; j < i; j++) {
            Integer index = pairIndex.get((long) who[j] * sources + who[i]);
            if (index != null) {
              sharedObjects[index]++;
            }
          }
        }
      }
    }

    double[] accuracy = new double[sources];
    Arrays.fill(accuracy, parameters.initialAccuracy());
    double[] dependence = new double[pairs];
    double[][] probability = new double[objects][];
    double[][][] votes = Estimates.votes(p);
    int[] decided = new int[objects];
    int iterations = 0;
    boolean converged = false;
    while (iterations < parameters.maxIterations() && !converged) {
      iterations++;
      if (parameters.detectCopying() && iterations > 1) {
        dependence(p, pairAt, decided, accuracy, pairA, pairB, sharedObjects, dependence);
      }
      double[] vote = new double[sources];
      for (int s = 0; s < sources; s++) {
        double a = clamp(accuracy[s]);
        vote[s] = Math.log(n * a / (1 - a));
      }
      for (int o = 0; o < objects; o++) {
        int values = p.values[o].length;
        double[] count = new double[values];
        for (int v = 0; v < values; v++) {
          int[] who = p.claimants[o][v];
          int k = who.length;
          Integer[] order = new Integer[k];
          for (int i = 0; i < k; i++) {
            order[i] = i;
          }
          final double[] acc = accuracy;
          Arrays.sort(order, (x, y) -> {
            int byAccuracy = Double.compare(acc[who[y]], acc[who[x]]);
            return byAccuracy != 0 ? byAccuracy : Integer.compare(who[x], who[y]);
          });
          for (int r = 0; r < k; r++) {
            int i = order[r];
            double independent = 1;
            for (int q = 0; q < r && independent > 0; q++) {
              int j = order[q];
              independent *= p.sameLine(who[i], who[j])
                  ? 0.0
                  : 1 - c * dependence[pairAt[o][v][i * k + j]];
            }
            votes[o][v][i] = vote[who[i]] * independent;
            count[v] += votes[o][v][i];
          }
        }
        double max = 0; // unclaimed values count 0
        for (double x : count) {
          max = Math.max(max, x);
        }
        double sum = Math.max(0, n + 1 - values) * Math.exp(-max);
        for (double x : count) {
          sum += Math.exp(x - max);
        }
        probability[o] = new double[values];
        for (int v = 0; v < values; v++) {
          probability[o][v] = Math.exp(count[v] - max) / sum;
        }
        decided[o] = Estimates.best(probability[o]);
      }
      double change = 0;
      for (int s = 0; s < sources; s++) {
        double total = 0;
        for (int k = 0; k < p.claimObject[s].length; k++) {
          total += probability[p.claimObject[s][k]][p.claimValue[s][k]];
        }
        double next = total / p.claimObject[s].length;
        change = Math.max(change, Math.abs(next - accuracy[s]));
        accuracy[s] = next;
      }
      converged = change <= parameters.tolerance();
    }
    return Estimates.of(name(), p, probability, accuracy, votes, Math.max(1, iterations),
        converged);
  }

  /** The probability, for each pair, that its sources depend on one another. */
  private void dependence(TruthProblem p, int[][][] pairAt, int[] decided, double[] accuracy,
      int[] pairA, int[] pairB, int[] sharedObjects, double[] out) {
    int pairs = out.length;
    int[] sameTrue = new int[pairs];
    int[] sameFalse = new int[pairs];
    for (int o = 0; o < pairAt.length; o++) {
      for (int v = 0; v < pairAt[o].length; v++) {
        int k = p.claimants[o][v].length;
        int[] counts = v == decided[o] ? sameTrue : sameFalse;
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < i; j++) {
            counts[pairAt[o][v][i * k + j]]++;
          }
        }
      }
    }
    int n = parameters.falseValues();
    double c = parameters.copyRate();
    double alpha = parameters.dependencePrior();
    for (int x = 0; x < pairs; x++) {
      double a1 = clamp(accuracy[pairA[x]]);
      double a2 = clamp(accuracy[pairB[x]]);
      int kt = sameTrue[x];
      int kf = sameFalse[x];
      int kd = Math.max(0, sharedObjects[x] - kt - kf);
      double pt = a1 * a2;
      double pf = (1 - a1) * (1 - a2) / n;
      double pd = Math.max(1e-300, 1 - pt - pf);
      double independent = Math.log(1 - alpha) + kt * Math.log(pt) + kf * Math.log(pf)
          + kd * Math.log(pd);
      double oneCopies = copying(a1, pt, pf, pd, kt, kf, kd, c, alpha);
      double twoCopies = copying(a2, pt, pf, pd, kt, kf, kd, c, alpha);
      double max = Math.max(independent, Math.max(oneCopies, twoCopies));
      double dependent = Math.exp(oneCopies - max) + Math.exp(twoCopies - max);
      out[x] = dependent / (dependent + Math.exp(independent - max));
    }
  }

  /** The log of the prior times the likelihood that the other source copies from one of accuracy a. */
  private static double copying(double a, double pt, double pf, double pd, int kt, int kf, int kd,
      double c, double alpha) {
    double result = Math.log(alpha / 2) + kt * Math.log(a * c + pt * (1 - c))
        + kf * Math.log((1 - a) * c + pf * (1 - c));
    if (kd > 0) {
      result += c >= 1 ? Double.NEGATIVE_INFINITY : kd * Math.log(pd * (1 - c));
    }
    return result;
  }

  private static int[] distinctClaimants(TruthProblem p, int o) {
    return Arrays.stream(p.claimants[o]).flatMapToInt(Arrays::stream).distinct().sorted()
        .toArray();
  }

  private static double clamp(double accuracy) {
    return Math.max(MIN_ACCURACY, Math.min(MAX_ACCURACY, accuracy));
  }
}
