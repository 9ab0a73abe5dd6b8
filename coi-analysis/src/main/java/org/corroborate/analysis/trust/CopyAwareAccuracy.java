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
 * both claim: with {@code kₜ} shared true values, {@code k_f} shared false values and {@code k_d}
 * different values, independence has likelihood {@code Pₜ^kₜ P_f^k_f P_d^k_d} ({@code Pₜ = A₁A₂},
 * {@code P_f = (1 − A₁)(1 − A₂) / n}, {@code P_d = 1 − Pₜ − P_f}) and copying from {@code S₁} has
 * {@code (A₁c + Pₜ(1 − c))^kₜ ((1 − A₁)c + P_f(1 − c))^k_f (P_d(1 − c))^k_d}, with prior {@code
 * α} for dependence (half each way). Sharing false values is what gives a copier away: independent
 * sources rarely make the same mistake.
 *
 * <p>AccuSim (the same paper, §3.3, "considering value similarity"): with a similarity weight
 * {@code ρ > 0} ({@link Parameters#similarityWeight()}, 0.5 in the paper), a value's count is
 * raised by the counts of the values like it, {@code C*(v) = C(v) + ρ Σ_{v′ ≠ v} sim(v, v′)
 * C(v′)}, with {@code sim} the problem's {@link TruthProblem#similarity()}, and the probabilities
 * are computed from {@code C*}: a partial author list lends weight to the full list it overlaps,
 * a population figure to the figures near it. With {@link ValueSimilarity#NONE} or ρ = 0 it is
 * Accu or AccuCopy.
 *
 * <p>AccuFormat (the formatting idea of the same section: a sub-value, such as a partial author
 * list, supports the full value): with a format weight {@code φ > 0} ({@link
 * Parameters#formatWeight()}), {@code C*(v)} also adds {@code φ Σ_{v′ ≠ v} sup(v′ → v) C(v′)},
 * with {@code sup} the problem's asymmetric {@link TruthProblem#support()} ({@link
 * ValueSupport#partialList()}: 1 when v′ is a proper subset of v). A store listing the first
 * author only thus votes for the full list as well, while the full list does not vote for the
 * truncated one. The paper gives no value for φ; the Book evaluation fits it on the silver
 * reference.
 *
 * <p>Known dependence comes first: two sources of one known line ({@link TruthProblem#lines()},
 * from shared origins and reported-by relations) depend with certainty and copy everything, so the
 * second adds nothing to a value the first already voted for. The departures from the paper, each
 * for determinism, for convergence or for our evidence:
 *
 * <ul>
 *   <li>the decided values are the most probable ones, not sampled; the order of counting is by
 *       accuracy rather than by the paper's greedy dependence order; accuracies are clamped to
 *       [0.01, 0.99] where they enter logarithms;
 *   <li>{@code kₜ} and {@code k_f} are expected counts under the value probabilities of the
 *       previous round ({@code kₜ = Σ P(v)}, {@code k_f = Σ (1 − P(v))} over the shared values)
 *       rather than counts of the values decided true: a value near a tie no longer flips a pair
 *       between "shares a true value" and "shares a false value" from one round to the next, a
 *       source of cycles;
 *   <li>a claim that is the only claim on its object does not enter its source's accuracy: its
 *       probability is the source's own accuracy in every round, so leaving it out changes no fixed
 *       point (away from the clamps) but removes a neutral direction that made the rounds crawl. A
 *       source with no other claim keeps {@code A₀}.
 * </ul>
 *
 * <p>Convergence, after the paper's Algorithm 1 ("while the accuracy of sources changes and the
 * decided true values do not oscillate"): the rounds stop as {@link Termination#CONVERGED} when
 * the decided values did not change and the accuracy vector changed by less than the tolerance,
 * measured as {@code 1 − cos(A, A′)} as for {@link TruthFinder}; as {@link Termination#OSCILLATED}
 * when the decided values of the last rounds repeat with a period of 2 to {@value #LONGEST_CYCLE}
 * rounds, twice over (the paper's iteration can cycle: a few sources whose only contested claims
 * are shared look like copiers while their accuracy is high and independent while it is low), or
 * with copy detection, when the accuracies themselves repeat exactly with such a period while the
 * decided values stay (seen with value similarity); or at the round limit. The first
 * round counts votes with known dependence only.
 *
 * <p>Complexity: O(Σₒ Σᵥ Kₒᵥ² + Σₚ min claims) once to find the P pairs of sources that share a
 * value and the objects each pair shares, where Kₒᵥ is the number of sources claiming value v of
 * object o; O(C + P + Σₒ Σᵥ Kₒᵥ²) per round for C claims, O(R · (C + P + Σ Kₒᵥ²)) for R rounds.
 * Without copy detection and known lines, O(C) per round. Value similarity adds O(Σₒ Vₒ²)
 * similarity computations once and O(Σₒ Vₒ²) per round, for Vₒ values of object o. Memory O(C + P
 * + Σ Kₒᵥ² + Σ Vₒ²).
 */
public final class CopyAwareAccuracy implements TruthDiscovery {

  /** The smallest and largest accuracy used in logarithms. */
  static final double MIN_ACCURACY = 0.01;

  static final double MAX_ACCURACY = 0.99;

  /** A discount factor below which a vote counts as nothing. */
  private static final double NEGLIGIBLE = 1e-12;

  /** The longest cycle of decided values looked for, in rounds. */
  static final int LONGEST_CYCLE = 12;

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
   * @param similarityWeight ρ, how far a value's count adds to the counts of similar values
   *     (AccuSim), in [0, 1]; 0 leaves values unrelated
   * @param formatWeight φ, how far a value's count adds to the counts of the values it supports
   *     in a fuller format ({@link TruthProblem#support()}: a partial author list and the full
   *     list), in [0, 1]; 0 ignores formats
   */
  public record Parameters(
      int falseValues,
      double copyRate,
      double dependencePrior,
      double initialAccuracy,
      boolean detectCopying,
      int maxIterations,
      double tolerance,
      double similarityWeight,
      double formatWeight) {

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
      checkArgument(similarityWeight >= 0 && similarityWeight <= 1,
          "rho must lie in [0, 1]: %s", similarityWeight);
      checkArgument(formatWeight >= 0 && formatWeight <= 1,
          "format weight must lie in [0, 1]: %s", formatWeight);
    }

    /** The parameters without format support (φ = 0). */
    public Parameters(int falseValues, double copyRate, double dependencePrior,
        double initialAccuracy, boolean detectCopying, int maxIterations, double tolerance,
        double similarityWeight) {
      this(falseValues, copyRate, dependencePrior, initialAccuracy, detectCopying, maxIterations,
          tolerance, similarityWeight, 0.0);
    }

    /** The parameters without value similarity and format support (ρ = φ = 0). */
    public Parameters(int falseValues, double copyRate, double dependencePrior,
        double initialAccuracy, boolean detectCopying, int maxIterations, double tolerance) {
      this(falseValues, copyRate, dependencePrior, initialAccuracy, detectCopying, maxIterations,
          tolerance, 0.0, 0.0);
    }

    /**
     * The paper's default setting: n = 100, c = 0.8, α = 0.2, A₀ = 0.8, copy detection on; at most
     * 400 rounds, tolerance 10⁻⁶. The bound is ours: accuracies that drift towards the clamps
     * converge slowly, and small random cases were seen to take up to 205 rounds (AccuCopy, four
     * sources sinking towards the lower clamp).
     */
    public static Parameters paper() {
      return new Parameters(100, 0.8, 0.2, 0.8, true, 400, 1e-6);
    }

    /** These parameters with copy detection on or off. */
    public Parameters detectingCopies(boolean detect) {
      return new Parameters(falseValues, copyRate, dependencePrior, initialAccuracy, detect,
          maxIterations, tolerance, similarityWeight, formatWeight);
    }

    /**
     * These parameters with value similarity of weight {@code rho} (AccuSim; the paper uses ρ =
     * 0.5).
     */
    public Parameters withSimilarity(double rho) {
      return new Parameters(falseValues, copyRate, dependencePrior, initialAccuracy, detectCopying,
          maxIterations, tolerance, rho, formatWeight);
    }

    /**
     * These parameters with format support of weight {@code phi}: a value's count adds {@code φ}
     * times the counts of the values that support it ({@link TruthProblem#support()}). The papers
     * give no value for φ; the Book evaluation fits it on the silver reference.
     */
    public Parameters withFormat(double phi) {
      return new Parameters(falseValues, copyRate, dependencePrior, initialAccuracy, detectCopying,
          maxIterations, tolerance, similarityWeight, phi);
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

  /**
   * AccuSim: the paper's parameters, copy detection on, and value similarity with the paper's ρ =
   * 0.5, taken from {@link TruthProblem#similarity()}.
   */
  public static CopyAwareAccuracy withSimilarity() {
    return new CopyAwareAccuracy(Parameters.paper().withSimilarity(0.5));
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
    boolean similarity = parameters.similarityWeight() > 0;
    boolean format = parameters.formatWeight() > 0;
    if (!similarity && !format) {
      return parameters.detectCopying() ? "AccuCopy" : "Accu";
    }
    return "Accu" + (similarity ? "Sim" : "") + (format ? "Format" : "")
        + (parameters.detectCopying() ? "" : " without copying");
  }

  @Override
  public TruthEstimate discover(TruthProblem problem) {
    Objects.requireNonNull(problem, "problem");
    TruthProblem p = problem;
    int sources = p.sources.length;
    int objects = p.objects.length;
    int n = parameters.falseValues();
    double c = parameters.copyRate();
    Pairs pairs = parameters.detectCopying() ? Pairs.of(p) : Pairs.none(p);
    boolean ordered = parameters.detectCopying() || !p.lines().isEmpty();
    // A claim is informative unless it is the only claim on its object: the probability of such a
    // value is its source's own accuracy in every round, so it can only slow the rounds down.
    int[] informative = new int[sources];
    for (int s = 0; s < sources; s++) {
      for (int k = 0; k < p.claimObject[s].length; k++) {
        informative[s] += soleClaim(p, p.claimObject[s][k]) ? 0 : 1;
      }
    }

    double[] accuracy = new double[sources];
    Arrays.fill(accuracy, parameters.initialAccuracy());
    double[] next = new double[sources];
    double[] vote = new double[sources];
    double[] dependence = new double[pairs.count()];
    double[][] probability = new double[objects][];
    for (int o = 0; o < objects; o++) {
      probability[o] = new double[p.values[o].length];
    }
    double[][][] votes = Estimates.votes(p);
    double[][][] similar = lending(p, parameters.similarityWeight(), parameters.formatWeight());
    double[] adjusted = new double[maxValues(p)];
    int[] decided = new int[objects];
    long[] history = new long[parameters.maxIterations()];
    long[] states = new long[parameters.maxIterations()];
    int[] order = new int[maxClaimants(p)];
    int iterations = 0;
    Termination termination = Termination.ROUND_LIMIT;
    while (iterations < parameters.maxIterations()) {
      iterations++;
      if (parameters.detectCopying() && iterations > 1) {
        dependence(p, pairs, probability, accuracy, dependence);
      }
      for (int s = 0; s < sources; s++) {
        double a = clamp(accuracy[s]);
        vote[s] = Math.log(n * a / (1 - a));
      }
      for (int o = 0; o < objects; o++) {
        int values = p.values[o].length;
        double[] count = probability[o];
        for (int v = 0; v < values; v++) {
          count[v] = ordered
              ? discountedCount(p, pairs, o, v, accuracy, vote, dependence, c, order, votes[o][v])
              : plainCount(p.claimants[o][v], vote, votes[o][v]);
        }
        if (similar[o] != null) {
          // AccuSim: C*(v) = C(v) + Σ (ρ sim(v, v′) + φ sup(v′ → v)) C(v′) over the other v′
          for (int v = 0; v < values; v++) {
            double sum = count[v];
            for (int w = 0; w < values; w++) {
              sum += w == v ? 0 : similar[o][v][w] * count[w];
            }
            adjusted[v] = sum;
          }
          System.arraycopy(adjusted, 0, count, 0, values);
        }
        double max = 0; // unclaimed values count 0
        for (int v = 0; v < values; v++) {
          max = Math.max(max, count[v]);
        }
        double sum = Math.max(0, n + 1 - values) * Math.exp(-max);
        for (int v = 0; v < values; v++) {
          count[v] = Math.exp(count[v] - max);
          sum += count[v];
        }
        for (int v = 0; v < values; v++) {
          count[v] /= sum;
        }
        decided[o] = Estimates.best(count);
      }
      for (int s = 0; s < sources; s++) {
        if (informative[s] == 0) {
          next[s] = accuracy[s];
          continue;
        }
        double total = 0;
        for (int k = 0; k < p.claimObject[s].length; k++) {
          int o = p.claimObject[s][k];
          if (!soleClaim(p, o)) {
            total += probability[o][p.claimValue[s][k]];
          }
        }
        next[s] = total / informative[s];
      }
      history[iterations - 1] = fingerprint(decided);
      states[iterations - 1] = state(history[iterations - 1], next);
      boolean settled = iterations > 1
          && history[iterations - 1] == history[iterations - 2]
          && 1 - Estimates.cosine(accuracy, next) < parameters.tolerance();
      System.arraycopy(next, 0, accuracy, 0, sources);
      if (settled) {
        termination = Termination.CONVERGED;
        break;
      }
      if (oscillates(history, iterations)
          || parameters.detectCopying() && oscillates(states, iterations)) {
        termination = Termination.OSCILLATED;
        break;
      }
    }
    return Estimates.of(name(), p, probability, accuracy, votes, Math.max(1, iterations),
        termination);
  }

  /** The count of a value whose claimants are all independent: the sum of their votes. */
  private static double plainCount(int[] who, double[] vote, double[] counted) {
    double count = 0;
    for (int i = 0; i < who.length; i++) {
      counted[i] = vote[who[i]];
      count += counted[i];
    }
    return count;
  }

  /**
   * The count of value v of object o with each vote discounted by its source's dependence on the
   * claimants counted before it, by decreasing accuracy, then index.
   */
  private static double discountedCount(TruthProblem p, Pairs pairs, int o, int v,
      double[] accuracy, double[] vote, double[] dependence, double c, int[] order,
      double[] counted) {
    int[] who = p.claimants[o][v];
    int k = who.length;
    for (int i = 0; i < k; i++) {
      // insertion sort of the claimant positions, primitive and stable
      int j = i;
      while (j > 0 && before(who, accuracy, i, order[j - 1])) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    int[] pairAt = pairs.at(o, v);
    double count = 0;
    for (int r = 0; r < k; r++) {
      int i = order[r];
      double independent = 1;
      for (int q = 0; q < r && independent > NEGLIGIBLE; q++) {
        int j = order[q];
        independent *= p.sameLine(who[i], who[j])
            ? 0.0
            : pairAt == null ? 1.0 : 1 - c * dependence[pairAt[i * k + j]];
      }
      counted[i] = independent > NEGLIGIBLE ? vote[who[i]] * independent : 0.0;
      count += counted[i];
    }
    return count;
  }

  /** Whether claimant position x of {@code who} is counted before position y. */
  private static boolean before(int[] who, double[] accuracy, int x, int y) {
    int byAccuracy = Double.compare(accuracy[who[y]], accuracy[who[x]]);
    return byAccuracy != 0 ? byAccuracy < 0 : who[x] < who[y];
  }

  /**
   * For each object with several values, how far value w's count adds to value v's, {@code ρ ·
   * sim(v, w) + φ · sup(w → v)}, for every two of its values (0 on the diagonal); null for the
   * others, and for all when neither similarity nor support applies. O(Σₒ Vₒ²) similarities.
   */
  private static double[][][] lending(TruthProblem p, double rho, double phi) {
    double[][][] out = new double[p.objects.length][][];
    boolean similar = rho > 0 && p.similarity() != ValueSimilarity.NONE;
    boolean supported = phi > 0 && p.support() != ValueSupport.NONE;
    if (!similar && !supported) {
      return out;
    }
    for (int o = 0; o < p.objects.length; o++) {
      int k = p.values[o].length;
      if (k < 2) {
        continue;
      }
      out[o] = new double[k][k];
      for (int v = 0; v < k; v++) {
        for (int w = 0; w < v; w++) {
          double sim = similar
              ? p.similarity().between(p.objects[o], p.values[o][v], p.values[o][w]) : 0.0;
          checkArgument(sim >= 0 && sim <= 1, "similarity of '%s' and '%s' of '%s' outside"
              + " [0, 1]: %s", p.values[o][v], p.values[o][w], p.objects[o], sim);
          out[o][v][w] = rho * sim + (supported ? phi * support(p, o, w, v) : 0.0);
          out[o][w][v] = rho * sim + (supported ? phi * support(p, o, v, w) : 0.0);
        }
      }
    }
    return out;
  }

  /** sup(from → to) for values of object o, checked to lie in [0, 1]. */
  private static double support(TruthProblem p, int o, int from, int to) {
    double sup = p.support().between(p.objects[o], p.values[o][from], p.values[o][to]);
    checkArgument(sup >= 0 && sup <= 1, "support of '%s' by '%s' of '%s' outside [0, 1]: %s",
        p.values[o][to], p.values[o][from], p.objects[o], sup);
    return sup;
  }

  private static int maxValues(TruthProblem p) {
    int max = 0;
    for (String[] vs : p.values) {
      max = Math.max(max, vs.length);
    }
    return max;
  }

  /** Whether object o has one claim only. */
  private static boolean soleClaim(TruthProblem p, int o) {
    return p.claimants[o].length == 1 && p.claimants[o][0].length == 1;
  }

  private static int maxClaimants(TruthProblem p) {
    int max = 0;
    for (int[][] byValue : p.claimants) {
      for (int[] who : byValue) {
        max = Math.max(max, who.length);
      }
    }
    return max;
  }

  /** A 64-bit fingerprint of the decided values of one round. */
  private static long fingerprint(int[] decided) {
    long h = 1125899906842597L;
    for (int d : decided) {
      h = 31 * h + d;
      h ^= h >>> 29;
    }
    return h;
  }

  /**
   * A 64-bit fingerprint of a round's decided values and accuracies, exactly: a cycle of the
   * accuracies under unchanged decided values repeats it.
   */
  private static long state(long decided, double[] accuracy) {
    long h = decided;
    for (double a : accuracy) {
      h = 31 * h + Double.doubleToLongBits(a);
      h ^= h >>> 29;
    }
    return h;
  }

  /**
   * Whether the decided values of the last rounds repeat with a period of 2 to {@value
   * #LONGEST_CYCLE} rounds, twice over: Dong, Berti-Equille &amp; Srivastava stop their rounds
   * when "the decided true values oscillate".
   */
  static boolean oscillates(long[] history, int rounds) {
    for (int period = 2; period <= LONGEST_CYCLE && 2 * period <= rounds; period++) {
      boolean periodic = history[rounds - 1] != history[rounds - 2];
      for (int j = 0; j < period && periodic; j++) {
        periodic = history[rounds - 1 - j] == history[rounds - 1 - j - period];
      }
      if (periodic) {
        return true;
      }
    }
    return false;
  }

  /**
   * The probability, for each pair, that its sources depend on one another, from the expected
   * numbers of shared true and shared false values under the current value probabilities.
   */
  private void dependence(TruthProblem p, Pairs pairs, double[][] probability, double[] accuracy,
      double[] out) {
    int count = out.length;
    double[] sameTrue = new double[count];
    double[] sameFalse = new double[count];
    for (int o = 0; o < p.objects.length; o++) {
      for (int v = 0; v < p.values[o].length; v++) {
        int[] pairAt = pairs.at(o, v);
        if (pairAt == null) {
          continue;
        }
        int k = p.claimants[o][v].length;
        double truth = probability[o][v];
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < i; j++) {
            int x = pairAt[i * k + j];
            sameTrue[x] += truth;
            sameFalse[x] += 1 - truth;
          }
        }
      }
    }
    int n = parameters.falseValues();
    double c = parameters.copyRate();
    double alpha = parameters.dependencePrior();
    for (int x = 0; x < count; x++) {
      double a1 = clamp(accuracy[pairs.first[x]]);
      double a2 = clamp(accuracy[pairs.second[x]]);
      double kt = sameTrue[x];
      double kf = sameFalse[x];
      double kd = Math.max(0, pairs.sharedObjects[x] - kt - kf);
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
  private static double copying(double a, double pt, double pf, double pd, double kt, double kf,
      double kd, double c, double alpha) {
    double result = Math.log(alpha / 2) + kt * Math.log(a * c + pt * (1 - c))
        + kf * Math.log((1 - a) * c + pf * (1 - c));
    if (kd > 0) {
      result += c >= 1 ? Double.NEGATIVE_INFINITY : kd * Math.log(pd * (1 - c));
    }
    return result;
  }

  /**
   * The pairs of sources that claim a common value: for each (object, value) the pair index of
   * every two of its claimants ({@code at(o, v)[i * k + j]} for claimant positions i and j of k),
   * and for each pair its two sources and the number of objects both claim something for. Only
   * such pairs can discount a vote, so no other pair is looked at.
   */
  private static final class Pairs {
    final int[][][] pairAt;
    final int[] first;
    final int[] second;
    final int[] sharedObjects;

    private Pairs(int[][][] pairAt, int[] first, int[] second, int[] sharedObjects) {
      this.pairAt = pairAt;
      this.first = first;
      this.second = second;
      this.sharedObjects = sharedObjects;
    }

    static Pairs none(TruthProblem p) {
      return new Pairs(new int[p.objects.length][][], new int[0], new int[0], new int[0]);
    }

    static Pairs of(TruthProblem p) {
      int sources = p.sources.length;
      Map<Long, Integer> index = new HashMap<>();
      int[][][] pairAt = new int[p.objects.length][][];
      for (int o = 0; o < p.objects.length; o++) {
        pairAt[o] = new int[p.values[o].length][];
        for (int v = 0; v < p.values[o].length; v++) {
          int[] who = p.claimants[o][v];
          int k = who.length;
          if (k < 2) {
            continue;
          }
          pairAt[o][v] = new int[k * k];
          for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
              long key = (long) Math.min(who[i], who[j]) * sources + Math.max(who[i], who[j]);
              int x = index.computeIfAbsent(key, unused -> index.size());
              pairAt[o][v][i * k + j] = x;
              pairAt[o][v][j * k + i] = x;
            }
          }
        }
      }
      int count = index.size();
      int[] first = new int[count];
      int[] second = new int[count];
      index.forEach((key, x) -> {
        first[x] = (int) (key / sources);
        second[x] = (int) (key % sources);
      });
      // Objects both sources of a pair claim something for: walk the shorter claim list of the
      // two against a mark of the longer one's objects.
      int[] sharedObjects = new int[count];
      int[] mark = new int[p.objects.length];
      Arrays.fill(mark, -1);
      for (int x = 0; x < count; x++) {
        int a = p.claimObject[first[x]].length <= p.claimObject[second[x]].length
            ? first[x] : second[x];
        int b = a == first[x] ? second[x] : first[x];
        for (int o : p.claimObject[b]) {
          mark[o] = x;
        }
        int previous = -1;
        for (int o : p.claimObject[a]) {
          if (mark[o] == x && o != previous) {
            sharedObjects[x]++;
          }
          previous = o;
        }
      }
      return new Pairs(pairAt, first, second, sharedObjects);
    }

    int count() {
      return first.length;
    }

    /** The pair indices of value v of object o, null when fewer than two sources claim it. */
    int[] at(int o, int v) {
      return pairAt[o] == null ? null : pairAt[o][v];
    }
  }

  private static double clamp(double accuracy) {
    return Math.max(MIN_ACCURACY, Math.min(MAX_ACCURACY, accuracy));
  }
}
