package org.corroborate.analysis.trust;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Objects;

/**
 * The fact-finders Sums, Investment and PooledInvestment: a source's trust is what its claims are
 * believed, a claim's belief is what its sources are trusted, computed back and forth (Pasternack
 * &amp; Roth, "Knowing What to Believe (when you already know something)", COLING 2010, pp.
 * 877–885, ACL Anthology <a href="https://aclanthology.org/C10-1099">C10-1099</a>; Sums after
 * Kleinberg's hubs and authorities, "Authoritative sources in a hyperlinked environment", J. ACM
 * 46(5), 1999, <a href="https://doi.org/10.1145/324133.324140">doi:10.1145/324133.324140</a>).
 *
 * <p>Definition. A claim {@code c} is one value of one object; {@code T(s)} is the trust of
 * source {@code s}, {@code B(c)} the belief in claim {@code c}, {@code C_s} the claims of
 * {@code s}, {@code S_c} the sources of {@code c}, and {@code M_c} the claims of {@code c}'s
 * object (its mutual exclusion set). The rounds start from {@code T⁰(s) = 1} and the uniform
 * prior {@code B⁰(c) = 1 / |M_c|}. Each round first computes the trust from the previous beliefs,
 * then the beliefs from the new trust; after each step the values are divided by their maximum
 * over all sources (over all claims), so that they stay in [0, 1] (a maximum of 0 leaves them).
 *
 * <ul>
 *   <li>{@link Rule#SUMS}: {@code Tⁱ(s) = Σ_{c∈C_s} Bⁱ⁻¹(c)} and {@code Bⁱ(c) = Σ_{s∈S_c}
 *       Tⁱ(s)}.
 *   <li>{@link Rule#INVESTMENT}: a source invests its trust evenly in its claims and gets back
 *       from each a share of the claim's belief in proportion to what it invested, {@code Tⁱ(s) =
 *       Σ_{c∈C_s} Bⁱ⁻¹(c) · (Tⁱ⁻¹(s) / |C_s|) / Σ_{r∈S_c} (Tⁱ⁻¹(r) / |C_r|)} (a claim whose
 *       investors all have trust 0 returns nothing); the belief grows non-linearly with the
 *       investment, {@code Bⁱ(c) = G(Σ_{s∈S_c} Tⁱ(s) / |C_s|)} with {@code G(x) = x^g}.
 *   <li>{@link Rule#POOLED_INVESTMENT}: the trust as for Investment; with {@code Hⁱ(c) =
 *       Σ_{s∈S_c} Tⁱ(s) / |C_s|}, the belief {@code Bⁱ(c) = Hⁱ(c) · G(Hⁱ(c)) / Σ_{d∈M_c}
 *       G(Hⁱ(d))} (0 when that sum is 0): the investment in an object is pooled and shared out
 *       among its values by {@code G}.
 * </ul>
 *
 * <p>One departure, for our evidence (as {@link TruthFinder} makes): when several sources of one
 * known line ({@link TruthProblem#lines()}) claim one value, only the largest contribution among
 * them counts in the claim's sum ({@code B} for Sums, {@code H}, the argument of {@code G}, for
 * the investment rules); the others add nothing. The returns of the trust step are still shared by
 * all claimants in proportion to what each invested. Without known lines the two agree.
 *
 * <p>Each object takes the claim of highest belief (the first value in string order on a tie);
 * the confidence in a value is its belief, already in [0, 1], and a source's trust is {@code T}.
 * The vote of a claimant in the explanation is its counted contribution in the last round:
 * {@code T(s)} for Sums, {@code T(s) / |C_s|} for the investment rules, 0 for a line member not
 * counted.
 *
 * <p>A property of the investment rules to know: a claim returns its whole belief to its
 * investors, so a source alone on each of its values gets back all of it while agreeing sources
 * share theirs. From the uniform prior, sources that each give a false value of their own can
 * thus be trusted above the sources that agree on the true one, and a minority proved right
 * elsewhere need not win; Sums, which returns a claim's belief in full to every source of it,
 * rewards agreement instead.
 *
 * <p>Convergence: the rounds stop when the trust vector changes by less than the tolerance,
 * measured as {@code 1 − cos(Tⁱ⁻¹, Tⁱ)}, or after the maximum number of rounds; {@link
 * TruthEstimate#termination()} says which. Fact-finders are run for a fixed, small number of
 * rounds; 20 is our bound ({@link Parameters#paper(Rule)}), chosen beforehand. A fact-finder's
 * beliefs need not settle: with {@code g > 1} the beliefs of the losing claims keep shrinking
 * towards 0 round after round, so the round limit is an ordinary ending, not a failure.
 *
 * <p>Complexity: O(C) per round for C claims (source–value pairs), plus O(Σₒ Vₒ) for Vₒ values of
 * object o (the normalisations, and PooledInvestment's pooling over each object); O(R · C) for R
 * rounds. Memory O(C).
 */
public final class FactFinder implements TruthDiscovery {

  /** The update rule of a fact-finder, after Pasternack &amp; Roth (2010). */
  public enum Rule {
    /** Sums, Kleinberg's hubs and authorities: trust and belief are plain sums. */
    SUMS,
    /** Investment: sources invest trust in claims; belief grows as {@code x^g}. */
    INVESTMENT,
    /** PooledInvestment: as Investment, with the belief pooled over each object's values. */
    POOLED_INVESTMENT
  }

  /**
   * The parameters.
   *
   * @param rule the update rule
   * @param growth the exponent {@code g} of {@code G(x) = x^g} in the belief of the investment
   *     rules, finite, at least 1; Sums ignores it
   * @param maxIterations the most rounds, at least 1
   * @param tolerance the change {@code 1 − cos(T, T′)} of the trust below which the rounds stop,
   *     finite, not negative
   */
  public record Parameters(Rule rule, double growth, int maxIterations, double tolerance) {

    /** Validates the ranges. */
    public Parameters {
      Objects.requireNonNull(rule, "rule");
      checkArgument(growth >= 1 && Double.isFinite(growth),
          "growth must be finite and at least 1: %s", growth);
      checkArgument(maxIterations >= 1, "max iterations must be at least 1: %s", maxIterations);
      checkArgument(tolerance >= 0 && Double.isFinite(tolerance),
          "tolerance must be finite and not negative: %s", tolerance);
    }

    /**
     * The paper's setting for {@code rule}: {@code g} = 1.2 for Investment and 1.4 for
     * PooledInvestment (Pasternack &amp; Roth 2010), 1 for Sums (which ignores it); at most 20
     * rounds (our bound), tolerance 10⁻⁶.
     */
    public static Parameters paper(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      double growth = switch (rule) {
        case SUMS -> 1.0;
        case INVESTMENT -> 1.2;
        case POOLED_INVESTMENT -> 1.4;
      };
      return new Parameters(rule, growth, 20, 1e-6);
    }

    /** These parameters with at most {@code rounds} rounds. */
    public Parameters withMaxIterations(int rounds) {
      return new Parameters(rule, growth, rounds, tolerance);
    }
  }

  private final Parameters parameters;

  private FactFinder(Parameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** Sums with the paper's parameters. */
  public static FactFinder sums() {
    return new FactFinder(Parameters.paper(Rule.SUMS));
  }

  /** Investment with the paper's parameters ({@code g} = 1.2). */
  public static FactFinder investment() {
    return new FactFinder(Parameters.paper(Rule.INVESTMENT));
  }

  /** PooledInvestment with the paper's parameters ({@code g} = 1.4). */
  public static FactFinder pooledInvestment() {
    return new FactFinder(Parameters.paper(Rule.POOLED_INVESTMENT));
  }

  /** The fact-finder with the given parameters. */
  public static FactFinder with(Parameters parameters) {
    return new FactFinder(parameters);
  }

  /** The parameters. */
  public Parameters parameters() {
    return parameters;
  }

  /** {@code Sums}, {@code Investment} or {@code PooledInvestment}, by the rule. */
  @Override
  public String name() {
    return switch (parameters.rule()) {
      case SUMS -> "Sums";
      case INVESTMENT -> "Investment";
      case POOLED_INVESTMENT -> "PooledInvestment";
    };
  }

  @Override
  public TruthEstimate discover(TruthProblem problem) {
    Objects.requireNonNull(problem, "problem");
    TruthProblem p = problem;
    Rule rule = parameters.rule();
    boolean sums = rule == Rule.SUMS;
    int sourceCount = p.sources.length;
    int objects = p.objects.length;
    double[] trust = new double[sourceCount];
    Arrays.fill(trust, 1.0);
    double[][] belief = new double[objects][];
    for (int o = 0; o < objects; o++) {
      belief[o] = new double[p.values[o].length];
      Arrays.fill(belief[o], 1.0 / p.values[o].length);
    }
    double[][][] votes = Estimates.votes(p);
    // the contribution of each source to the sum of a claim: T(s), or T(s) / |C_s|
    double[] contribution = new double[sourceCount];
    // strongest[line] is the claimant position counted for the line when stamp[line] == round
    int[] strongest = new int[sourceCount];
    int[] stamp = new int[sourceCount];
    int round = 0;
    int iterations = 0;
    boolean converged = false;
    while (iterations < parameters.maxIterations() && !converged) {
      iterations++;
      double[] next = sums ? sumTrust(p, belief) : investedTrust(p, belief, trust);
      normalise(next);
      converged = 1 - Estimates.cosine(trust, next) < parameters.tolerance();
      trust = next;
      for (int s = 0; s < sourceCount; s++) {
        contribution[s] = sums ? trust[s] : trust[s] / p.claimObject[s].length;
      }
      double max = 0;
      for (int o = 0; o < objects; o++) {
        int n = p.values[o].length;
        double pooled = 0;
        for (int v = 0; v < n; v++) {
          int[] who = p.claimants[o][v];
          round++;
          for (int i = 0; i < who.length; i++) {
            int line = p.lineOf[who[i]];
            if (stamp[line] != round || contribution[who[i]] > contribution[who[strongest[line]]]) {
              stamp[line] = round;
              strongest[line] = i;
            }
          }
          double sum = 0;
          for (int i = 0; i < who.length; i++) {
            boolean counted = strongest[p.lineOf[who[i]]] == i;
            votes[o][v][i] = counted ? contribution[who[i]] : 0.0;
            sum += votes[o][v][i];
          }
          // Sums: B(c); Investment: G(H(c)); PooledInvestment: H(c) for now, pooled below
          belief[o][v] = rule == Rule.INVESTMENT ? Math.pow(sum, parameters.growth()) : sum;
          pooled += rule == Rule.POOLED_INVESTMENT ? Math.pow(sum, parameters.growth()) : 0.0;
        }
        if (rule == Rule.POOLED_INVESTMENT) {
          for (int v = 0; v < n; v++) {
            double h = belief[o][v];
            belief[o][v] = pooled > 0 ? h * Math.pow(h, parameters.growth()) / pooled : 0.0;
          }
        }
        for (int v = 0; v < n; v++) {
          max = Math.max(max, belief[o][v]);
        }
      }
      if (max > 0) {
        for (double[] b : belief) {
          for (int v = 0; v < b.length; v++) {
            b[v] /= max;
          }
        }
      }
    }
    return Estimates.of(name(), p, belief, trust, votes, iterations,
        converged ? Termination.CONVERGED : Termination.ROUND_LIMIT);
  }

  /** Sums' trust: {@code T(s) = Σ_{c∈C_s} B(c)}. O(C). */
  private static double[] sumTrust(TruthProblem p, double[][] belief) {
    double[] next = new double[p.sources.length];
    for (int s = 0; s < next.length; s++) {
      for (int k = 0; k < p.claimObject[s].length; k++) {
        next[s] += belief[p.claimObject[s][k]][p.claimValue[s][k]];
      }
    }
    return next;
  }

  /**
   * Investment's trust: each claim returns its belief to its claimants in proportion to what
   * each invested, {@code T(s) / |C_s|}; a claim nobody invested in returns nothing. O(C).
   */
  private static double[] investedTrust(TruthProblem p, double[][] belief, double[] trust) {
    int sourceCount = p.sources.length;
    double[] invested = new double[sourceCount];
    for (int s = 0; s < sourceCount; s++) {
      invested[s] = trust[s] / p.claimObject[s].length;
    }
    // the belief returned per unit invested in each claim: B(c) / Σ_{r∈S_c} T(r) / |C_r|
    double[][] returned = new double[p.objects.length][];
    for (int o = 0; o < p.objects.length; o++) {
      returned[o] = new double[p.values[o].length];
      for (int v = 0; v < returned[o].length; v++) {
        double total = 0;
        for (int r : p.claimants[o][v]) {
          total += invested[r];
        }
        returned[o][v] = total > 0 ? belief[o][v] / total : 0.0;
      }
    }
    double[] next = new double[sourceCount];
    for (int s = 0; s < sourceCount; s++) {
      double sum = 0;
      for (int k = 0; k < p.claimObject[s].length; k++) {
        sum += returned[p.claimObject[s][k]][p.claimValue[s][k]];
      }
      next[s] = invested[s] * sum;
    }
    return next;
  }

  /** Divides {@code x} by its maximum, when that is positive. O(n). */
  private static void normalise(double[] x) {
    double max = 0;
    for (double v : x) {
      max = Math.max(max, v);
    }
    if (max > 0) {
      for (int i = 0; i < x.length; i++) {
        x[i] /= max;
      }
    }
  }
}
