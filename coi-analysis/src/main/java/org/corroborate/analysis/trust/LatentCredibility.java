package org.corroborate.analysis.trust;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * Latent credibility analysis: the true value of each object is a latent variable, each source's
 * honesty a parameter, and both are estimated together by expectation–maximisation (Pasternack
 * &amp; Roth, "Latent credibility analysis", WWW 2013, <a
 * href="https://doi.org/10.1145/2488388.2488476">doi:10.1145/2488388.2488476</a>; EM after
 * Dempster, Laird &amp; Rubin, J. R. Stat. Soc. B 39, 1977). Unlike a fact-finder's score, a
 * source's trust here means something: the probability that it asserts the true value.
 *
 * <p>Models. An object {@code m} has {@code k} claimed values; a source {@code s} claiming on it
 * asserts value {@code c} while the truth is {@code t} with probability:
 *
 * <ul>
 *   <li>{@link Model#SIMPLE} (SimpleLCA): {@code H(s)} when {@code c = t}, else {@code (1 − H(s))
 *       / (k − 1)}: an honest source tells the truth, a dishonest one any other value;
 *   <li>{@link Model#GUESS} (GuessLCA): {@code H(s) [c = t] + (1 − H(s)) g(c)}: a source knows the
 *       truth with probability {@code H(s)} and otherwise guesses, after the guess distribution
 *       {@code g}, here the share of the object's counted claims that name {@code c} (a source
 *       that does not know repeats what is said);
 *   <li>{@link Model#MISTAKE} (MistakeLCA): as SimpleLCA with {@code H(s) D(m)} in place of
 *       {@code H(s)}: an honest source may still be mistaken, and how far the truth of {@code m}
 *       can be known at all, its knowability {@code D(m)}, is a parameter of the object.
 * </ul>
 *
 * <p>Each round, the E step computes every object's posterior {@code P(t)} over its claimed
 * values from a uniform prior and the product of its sources' probabilities (in logarithms, with
 * the log-sum-exp shift); the M step re-estimates the parameters from the posteriors: SimpleLCA's
 * {@code H(s)} is the mean posterior of its claims; GuessLCA's is the mean posterior that it
 * <em>knew</em>, {@code P(t = c) H / (H + (1 − H) g(c))}; MistakeLCA maximises the expected
 * log-likelihood {@code Σ [r log(H D) + (1 − r) log(1 − H D)]} first in every {@code H(s)}, then
 * in every {@code D(m)} (a generalised EM step: each one-dimensional maximum is the root of a
 * decreasing derivative, found by bisection). Every claim of a source enters its honesty, also
 * the only claim on an object (whose posterior is 1): the model has no reason to leave it out.
 *
 * <p>Departures, each stated: honesty is clamped to [{@value #MIN_HONESTY}, {@value
 * #MAX_HONESTY}] as accuracy is in {@link CopyAwareAccuracy}, so that no source's single claim
 * becomes certain; knowability lies in [{@value #MIN_HONESTY}, 1] and starts at 1, so that
 * MistakeLCA's first E step is SimpleLCA's; the paper's initial honesty is not given, we start
 * from {@code H₀ = 0.8} (Dong et al.'s initial accuracy); and sources of one known line ({@link
 * TruthProblem#lines()}) that assert the same value are one observation, the most honest of them,
 * as in {@link TruthFinder}.
 *
 * <p>Explanation: a source's vote for its value is the weight of evidence it adds, {@code
 * ln(P(c | t = c) / P(c | t ≠ c))} in nats: positive for a source better than chance, negative
 * for one worse than chance, 0 for a line member not counted.
 *
 * <p>Convergence: the rounds stop when the honesty vector (with MistakeLCA, the knowability vector
 * too) changes by less than the tolerance, measured as {@code 1 − cos} as for {@link
 * TruthFinder}, or after the maximum number of rounds. EM never lowers the likelihood, so the
 * rounds do not cycle.
 *
 * <p>Complexity: O(C) per round for C claims with SimpleLCA and GuessLCA; O(b · C) with
 * MistakeLCA, b = {@value #BISECTIONS} bisection steps; O(R · C) or O(R · b · C) for R rounds.
 */
public final class LatentCredibility implements TruthDiscovery {

  /** The lowest honesty used, also the lowest knowability. */
  static final double MIN_HONESTY = 0.01;

  /** The highest honesty used. */
  static final double MAX_HONESTY = 0.99;

  /** Bisection steps of MistakeLCA's M step; the interval shrinks below 10⁻¹⁵. */
  static final int BISECTIONS = 52;

  /** The generative model of a source's assertions. */
  public enum Model {
    /** SimpleLCA: honest sources tell the truth, others any other value alike. */
    SIMPLE("SimpleLCA"),
    /** GuessLCA: a source that does not know guesses after what is said. */
    GUESS("GuessLCA"),
    /** MistakeLCA: honest sources can be mistaken, as far as the object is hard to know. */
    MISTAKE("MistakeLCA");

    private final String label;

    Model(String label) {
      this.label = label;
    }

    /** The name tables print, the paper's. */
    public String label() {
      return label;
    }
  }

  /**
   * The parameters.
   *
   * @param model the model
   * @param initialHonesty the honesty every source starts with, in [0.01, 0.99]
   * @param maxIterations the most rounds, at least 1
   * @param tolerance the change {@code 1 − cos(H, H′)} below which the rounds stop, not negative
   */
  public record Parameters(Model model, double initialHonesty, int maxIterations,
      double tolerance) {

    /** Validates the ranges. */
    public Parameters {
      Objects.requireNonNull(model, "model");
      checkArgument(initialHonesty >= MIN_HONESTY && initialHonesty <= MAX_HONESTY,
          "initial honesty must lie in [%s, %s]: %s", MIN_HONESTY, MAX_HONESTY, initialHonesty);
      checkArgument(maxIterations >= 1, "max iterations must be at least 1: %s", maxIterations);
      checkArgument(tolerance >= 0, "tolerance must not be negative: %s", tolerance);
    }

    /**
     * {@code model} from {@code H₀ = 0.8}, at most 400 rounds, tolerance 10⁻⁶. The bound is the
     * Accu family's: under GuessLCA the only claim on an object is neutral for its source (the
     * posterior that it knew is its honesty itself), so, as with Accu's sole claims, the rounds
     * crawl (115 on the Population data).
     */
    public static Parameters standard(Model model) {
      return new Parameters(model, 0.8, 400, 1e-6);
    }
  }

  private final Parameters parameters;

  private LatentCredibility(Parameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@code model} with the standard parameters. */
  public static LatentCredibility of(Model model) {
    return new LatentCredibility(Parameters.standard(model));
  }

  /** The method with the given parameters. */
  public static LatentCredibility with(Parameters parameters) {
    return new LatentCredibility(parameters);
  }

  /** The parameters. */
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public String name() {
    return parameters.model().label();
  }

  @Override
  public TruthEstimate discover(TruthProblem problem) {
    Objects.requireNonNull(problem, "problem");
    TruthProblem p = problem;
    Model model = parameters.model();
    int objects = p.objects.length;
    double[] honesty = new double[p.sources.length];
    Arrays.fill(honesty, parameters.initialHonesty());
    double[] knowability = new double[objects];
    Arrays.fill(knowability, 1.0);
    double[][] posterior = new double[objects][];
    // guess[o][v]: the share of the object's counted claims naming v (constant: a line counts once)
    double[][] guess = new double[objects][];
    double[][][] votes = Estimates.votes(p);
    int[] strongest = new int[p.sources.length];
    int[] stamp = new int[p.sources.length];
    int[] round = {0};
    for (int o = 0; o < objects; o++) {
      int n = p.values[o].length;
      posterior[o] = new double[n];
      guess[o] = new double[n];
      double total = 0;
      for (int v = 0; v < n; v++) {
        guess[o][v] = counted(p, o, v, honesty, strongest, stamp, round);
        total += guess[o][v];
      }
      for (int v = 0; v < n; v++) {
        guess[o][v] /= total;
      }
    }
    int iterations = 0;
    boolean converged = false;
    while (iterations < parameters.maxIterations() && !converged) {
      iterations++;
      for (int o = 0; o < objects; o++) {
        expect(p, o, honesty, knowability[o], guess[o], posterior[o], votes[o], strongest,
            stamp, round);
      }
      double[] nextHonesty = new double[honesty.length];
      double[] nextKnowability = knowability;
      switch (model) {
        case SIMPLE, GUESS -> {
          for (int s = 0; s < honesty.length; s++) {
            double sum = 0;
            for (int k = 0; k < p.claimObject[s].length; k++) {
              int o = p.claimObject[s][k];
              int v = p.claimValue[s][k];
              double r = posterior[o][v];
              if (model == Model.GUESS) {
                double h = honesty[s];
                r *= h / (h + (1 - h) * guess[o][v]);
              }
              sum += r;
            }
            nextHonesty[s] = clamp(sum / p.claimObject[s].length);
          }
        }
        case MISTAKE -> {
          for (int s = 0; s < honesty.length; s++) {
            nextHonesty[s] = honestyMaximising(p, s, posterior, knowability);
          }
          nextKnowability = new double[objects];
          for (int o = 0; o < objects; o++) {
            nextKnowability[o] = knowabilityMaximising(p, o, posterior[o], nextHonesty);
          }
        }
        default -> throw new AssertionError(model);
      }
      converged = 1 - Estimates.cosine(honesty, nextHonesty) < parameters.tolerance()
          && 1 - Estimates.cosine(knowability, nextKnowability) < parameters.tolerance();
      honesty = nextHonesty;
      knowability = nextKnowability;
    }
    return Estimates.of(name(), p, posterior, honesty, votes, iterations,
        converged ? Termination.CONVERGED : Termination.ROUND_LIMIT);
  }

  /**
   * Marks, for value {@code v} of object {@code o}, the claimant of each line counted (the most
   * honest, the first in source order on a tie) and returns how many lines claim it.
   */
  private static int counted(TruthProblem p, int o, int v, double[] honesty, int[] strongest,
      int[] stamp, int[] round) {
    int[] who = p.claimants[o][v];
    round[0]++;
    int lines = 0;
    for (int i = 0; i < who.length; i++) {
      int line = p.lineOf[who[i]];
      if (stamp[line] != round[0]) {
        stamp[line] = round[0];
        strongest[line] = i;
        lines++;
      } else if (honesty[who[i]] > honesty[who[strongest[line]]]) {
        strongest[line] = i;
      }
    }
    return lines;
  }

  /**
   * The E step for object {@code o}: its posterior over its values, and every claimant's vote
   * (the weight of evidence it was counted with).
   */
  private void expect(TruthProblem p, int o, double[] honesty, double knowability,
      double[] guess, double[] posterior, double[][] votes, int[] strongest, int[] stamp,
      int[] round) {
    int n = p.values[o].length;
    if (n == 1) {
      posterior[0] = 1.0;
    }
    // logP(t) = base + Σ_{counted claimants of t} evidence, base = Σ_all counted ln P(c | t ≠ c)
    double base = 0;
    double[] support = new double[n];
    for (int v = 0; v < n; v++) {
      counted(p, o, v, honesty, strongest, stamp, round);
      int[] who = p.claimants[o][v];
      for (int i = 0; i < who.length; i++) {
        if (strongest[p.lineOf[who[i]]] != i) {
          votes[v][i] = 0.0;
          continue;
        }
        double h = honesty[who[i]];
        double right;
        double wrong;
        switch (parameters.model()) {
          case SIMPLE -> {
            right = h;
            wrong = (1 - h) / Math.max(1, n - 1);
          }
          case GUESS -> {
            right = h + (1 - h) * guess[v];
            wrong = (1 - h) * guess[v];
          }
          case MISTAKE -> {
            double q = h * knowability;
            right = q;
            wrong = (1 - q) / Math.max(1, n - 1);
          }
          default -> throw new AssertionError(parameters.model());
        }
        double evidence = Math.log(right) - Math.log(wrong);
        votes[v][i] = evidence;
        support[v] += evidence;
        base += Math.log(wrong);
      }
    }
    if (n == 1) {
      return;
    }
    double top = Double.NEGATIVE_INFINITY;
    for (int v = 0; v < n; v++) {
      top = Math.max(top, base + support[v]);
    }
    double z = 0;
    for (int v = 0; v < n; v++) {
      posterior[v] = Math.exp(base + support[v] - top);
      z += posterior[v];
    }
    for (int v = 0; v < n; v++) {
      posterior[v] /= z;
    }
  }

  /**
   * MistakeLCA's honesty of source {@code s}: the maximum of {@code Σ [r log(H D) + (1 − r) log(1
   * − H D)]} over its claims in [0.01, 0.99], where the derivative {@code Σ [r / H − (1 − r) D /
   * (1 − H D)]} vanishes.
   */
  private static double honestyMaximising(TruthProblem p, int s, double[][] posterior,
      double[] knowability) {
    return root(h -> {
      double slope = 0;
      for (int k = 0; k < p.claimObject[s].length; k++) {
        int o = p.claimObject[s][k];
        double r = posterior[o][p.claimValue[s][k]];
        double d = knowability[o];
        slope += r / h - (1 - r) * d / (1 - h * d);
      }
      return slope;
    }, MIN_HONESTY, MAX_HONESTY);
  }

  /**
   * MistakeLCA's knowability of object {@code o}: the maximum of {@code Σ [r log(H D) + (1 − r)
   * log(1 − H D)]} over its claims in [0.01, 1], where the derivative {@code Σ [r / D − (1 − r) H
   * / (1 − H D)]} vanishes.
   */
  private static double knowabilityMaximising(TruthProblem p, int o, double[] posterior,
      double[] honesty) {
    return root(d -> {
      double slope = 0;
      for (int v = 0; v < posterior.length; v++) {
        double r = posterior[v];
        for (int s : p.claimants[o][v]) {
          double h = honesty[s];
          slope += r / d - (1 - r) * h / (1 - h * d);
        }
      }
      return slope;
    }, MIN_HONESTY, 1.0);
  }

  /**
   * Where the decreasing {@code slope} crosses 0 in [{@code low}, {@code high}], by {@value
   * #BISECTIONS} bisection steps; an end when the slope does not change sign there (the maximum
   * of a concave function on the interval). O(b) evaluations of the slope.
   */
  private static double root(DoubleUnaryOperator slope, double low, double high) {
    if (slope.applyAsDouble(high) >= 0) {
      return high;
    }
    if (slope.applyAsDouble(low) <= 0) {
      return low;
    }
    double a = low;
    double b = high;
    for (int step = 0; step < BISECTIONS; step++) {
      double mid = (a + b) / 2;
      if (slope.applyAsDouble(mid) > 0) {
        a = mid;
      } else {
        b = mid;
      }
    }
    return (a + b) / 2;
  }

  private static double clamp(double x) {
    return Math.max(MIN_HONESTY, Math.min(MAX_HONESTY, x));
  }
}
