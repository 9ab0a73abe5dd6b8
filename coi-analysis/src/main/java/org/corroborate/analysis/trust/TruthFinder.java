package org.corroborate.analysis.trust;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * TruthFinder: a source is trustworthy when the values it claims are likely true, and a value is
 * likely true when trustworthy sources claim it, or values implying it (Yin, Han &amp; Yu, "Truth
 * discovery with multiple conflicting information providers on the web", KDD 2007, <a
 * href="https://doi.org/10.1145/1281192.1281309">doi:10.1145/1281192.1281309</a>).
 *
 * <p>Definition. Every source starts with trustworthiness {@code t₀}. Each round, with trust score
 * {@code τ(w) = −ln(1 − t(w))}: a value's score {@code σ(f)} is the sum of the trust scores of its
 * sources; its adjusted score is {@code σ*(f) = σ(f) + ρ · Σ σ(f′) · imp(f′ → f)} over the other
 * values {@code f′} of the object (with format support of weight {@code φ > 0}, also {@code φ ·
 * Σ σ(f′) · sup(f′ → f)}, {@link TruthProblem#support()}: a partial author list lends its score to
 * the full list, and not the other way round; an asymmetric implication in the paper's sense);
 * its confidence is {@code s(f) = 1 / (1 + e^(−γ · σ*(f)))}, with
 * the dampening factor {@code γ} that keeps sources from being treated as independent; and a
 * source's trustworthiness becomes the mean confidence of its values. Each object takes its most
 * confident value (the first in string order on a tie). One departure, for our evidence: sources
 * of one known line add one trust score, their greatest, instead of one each (the paper assumes
 * independent sources; without known lines the two agree).
 *
 * <p>Convergence: the rounds stop when the trustworthiness vector changes by less than the
 * tolerance, measured as {@code 1 − cos(t, t′)} as in the paper, or after the maximum number of
 * rounds; {@link TruthEstimate#converged()} says which. Trustworthiness is kept below {@code 1 −
 * 10⁻⁹} so that {@code τ} stays finite.
 *
 * <p>Complexity: O(C + Σₒ Vₒ²) per round for C claims and Vₒ values of object o (the implication
 * between values of one object is computed once), O(R · (C + Σₒ Vₒ²)) for R rounds.
 */
public final class TruthFinder implements TruthDiscovery {

  /** The largest trustworthiness used, so that {@code −ln(1 − t)} stays finite. */
  static final double MAX_TRUST = 1 - 1e-9;

  /**
   * The parameters.
   *
   * @param gamma the dampening factor γ, in (0, 1]
   * @param rho the weight ρ of implication between values, in [0, 1]
   * @param initialTrust the trustworthiness every source starts with, in (0, 1)
   * @param maxIterations the most rounds, at least 1
   * @param tolerance the change {@code 1 − cos(t, t′)} below which the rounds stop, not negative
   * @param formatWeight φ, how far a value's score adds to the scores of the values it supports
   *     in a fuller format ({@link TruthProblem#support()}), in [0, 1]; 0 ignores formats
   */
  public record Parameters(double gamma, double rho, double initialTrust, int maxIterations,
      double tolerance, double formatWeight) {

    /** Validates the ranges. */
    public Parameters {
      checkArgument(gamma > 0 && gamma <= 1, "gamma must lie in (0, 1]: %s", gamma);
      checkArgument(rho >= 0 && rho <= 1, "rho must lie in [0, 1]: %s", rho);
      checkArgument(initialTrust > 0 && initialTrust < 1,
          "initial trust must lie in (0, 1): %s", initialTrust);
      checkArgument(maxIterations >= 1, "max iterations must be at least 1: %s", maxIterations);
      checkArgument(tolerance >= 0, "tolerance must not be negative: %s", tolerance);
      checkArgument(formatWeight >= 0 && formatWeight <= 1,
          "format weight must lie in [0, 1]: %s", formatWeight);
    }

    /** The parameters without format support (φ = 0). */
    public Parameters(
        double gamma, double rho, double initialTrust, int maxIterations, double tolerance) {
      this(gamma, rho, initialTrust, maxIterations, tolerance, 0.0);
    }

    /**
     * These parameters with format support of weight {@code phi}: a value's adjusted score adds
     * {@code φ} times the scores of the values that support it. The paper gives no value for φ;
     * the Book evaluation fits it on the silver reference.
     */
    public Parameters withFormat(double phi) {
      return new Parameters(gamma, rho, initialTrust, maxIterations, tolerance, phi);
    }

    /** The paper's setting: γ = 0.3, ρ = 0.5, t₀ = 0.9; at most 100 rounds, tolerance 10⁻⁶. */
    public static Parameters paper() {
      return new Parameters(0.3, 0.5, 0.9, 100, 1e-6);
    }
  }

  private final Parameters parameters;

  private TruthFinder(Parameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** TruthFinder with the paper's parameters. */
  public static TruthFinder standard() {
    return new TruthFinder(Parameters.paper());
  }

  /** TruthFinder with the given parameters. */
  public static TruthFinder with(Parameters parameters) {
    return new TruthFinder(parameters);
  }

  /** The parameters. */
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public String name() {
    return parameters.formatWeight() > 0 ? "TruthFinder with formats" : "TruthFinder";
  }

  @Override
  public TruthEstimate discover(TruthProblem problem) {
    Objects.requireNonNull(problem, "problem");
    TruthProblem p = problem;
    int objects = p.objects.length;
    double[][][] implication = new double[objects][][];
    boolean implies = problem.implication() != Implication.NONE && parameters.rho() > 0;
    boolean supports = problem.support() != ValueSupport.NONE && parameters.formatWeight() > 0;
    if (implies || supports) {
      for (int o = 0; o < objects; o++) {
        int n = p.values[o].length;
        implication[o] = new double[n][n];
        for (int from = 0; from < n; from++) {
          for (int to = 0; to < n; to++) {
            if (from != to) {
              double imp = implies ? problem.implication().between(p.objects[o],
                  p.values[o][from], p.values[o][to]) : 0.0;
              checkArgument(imp >= -1 && imp <= 1, "implication outside [-1, 1]: %s", imp);
              double sup = supports ? problem.support().between(p.objects[o], p.values[o][from],
                  p.values[o][to]) : 0.0;
              checkArgument(sup >= 0 && sup <= 1, "support outside [0, 1]: %s", sup);
              // ρ · imp + φ · sup, so that one weight per pair enters the adjusted score
              implication[o][from][to] = parameters.rho() * imp + parameters.formatWeight() * sup;
            }
          }
        }
      }
    }
    double[] trust = new double[p.sources.length];
    java.util.Arrays.fill(trust, parameters.initialTrust());
    double[][] confidence = new double[objects][];
    double[][][] votes = Estimates.votes(p);
    int iterations = 0;
    boolean converged = false;
    // strongest[line] is the claimant position counted for the line when stamp[line] == round
    int[] strongest = new int[p.sources.length];
    int[] stamp = new int[p.sources.length];
    int round = 0;
    while (iterations < parameters.maxIterations() && !converged) {
      iterations++;
      double[] tau = new double[trust.length];
      for (int s = 0; s < trust.length; s++) {
        tau[s] = -Math.log(1 - Math.min(trust[s], MAX_TRUST));
      }
      for (int o = 0; o < objects; o++) {
        int n = p.values[o].length;
        double[] sigma = new double[n];
        for (int v = 0; v < n; v++) {
          int[] who = p.claimants[o][v];
          round++;
          for (int i = 0; i < who.length; i++) {
            int line = p.lineOf[who[i]];
            if (stamp[line] != round || tau[who[i]] > tau[who[strongest[line]]]) {
              stamp[line] = round;
              strongest[line] = i;
            }
          }
          for (int i = 0; i < who.length; i++) {
            boolean counted = strongest[p.lineOf[who[i]]] == i;
            votes[o][v][i] = counted ? tau[who[i]] : 0.0;
            sigma[v] += votes[o][v][i];
          }
        }
        confidence[o] = new double[n];
        for (int v = 0; v < n; v++) {
          double adjusted = sigma[v];
          if (implication[o] != null) {
            for (int other = 0; other < n; other++) {
              if (other != v) {
                adjusted += sigma[other] * implication[o][other][v];
              }
            }
          }
          confidence[o][v] = 1 / (1 + Math.exp(-parameters.gamma() * adjusted));
        }
      }
      double[] next = new double[trust.length];
      for (int s = 0; s < trust.length; s++) {
        double sum = 0;
        for (int k = 0; k < p.claimObject[s].length; k++) {
          sum += confidence[p.claimObject[s][k]][p.claimValue[s][k]];
        }
        next[s] = sum / p.claimObject[s].length;
      }
      converged = 1 - Estimates.cosine(trust, next) < parameters.tolerance();
      trust = next;
    }
    return Estimates.of(name(), p, confidence, trust, votes, Math.max(1, iterations),
        converged ? Termination.CONVERGED : Termination.ROUND_LIMIT);
  }
}
