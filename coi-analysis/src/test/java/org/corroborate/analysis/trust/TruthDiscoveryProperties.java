package org.corroborate.analysis.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of every truth-discovery method over random claims. */
final class TruthDiscoveryProperties {

  private static final List<TruthDiscovery> METHODS = List.of(new MajorityVoting(),
      TruthFinder.standard(), CopyAwareAccuracy.standard(),
      CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper().detectingCopies(false)),
      CopyAwareAccuracy.withSimilarity(), CopyAwareAccuracy.with(
          CopyAwareAccuracy.Parameters.paper().detectingCopies(false).withSimilarity(0.5)),
      TruthFinder.with(TruthFinder.Parameters.paper().withFormat(0.5)),
      CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper().withFormat(0.5)),
      CopyAwareAccuracy.with(
          CopyAwareAccuracy.Parameters.paper().detectingCopies(false).withFormat(0.5)),
      CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper().detectingCopies(false)
          .withSimilarity(0.5).withFormat(0.5)),
      LatentCredibility.of(LatentCredibility.Model.SIMPLE),
      LatentCredibility.of(LatentCredibility.Model.GUESS),
      LatentCredibility.of(LatentCredibility.Model.MISTAKE),
      FactFinder.sums(), FactFinder.investment(), FactFinder.pooledInvestment());

  /**
   * Values v0 to v3 are alike by how close their numbers are: 1 − |i − j| / 3, read from the last
   * character, so renaming by a prefix keeps every similarity.
   */
  private static final ValueSimilarity NEIGHBOURS = (object, a, b) ->
      1 - Math.abs(a.charAt(a.length() - 1) - b.charAt(b.length() - 1)) / 3.0;

  /**
   * Value vi supports every vj with j &gt; i, as a partial list supports a fuller one: asymmetric,
   * read from the last character so that renaming by a prefix keeps it.
   */
  private static final ValueSupport FULLER = (object, from, to) ->
      from.charAt(from.length() - 1) < to.charAt(to.length() - 1) ? 1.0 : 0.0;

  /** Triples (object 0–5, value 0–3, source 0–7), as many as 60 claims. */
  private static final Gen<List<Integer>> CHOICES =
      lists().of(integers().between(0, 191)).ofSizeBetween(1, 60);

  private static List<Claim> claims(List<Integer> choices, String prefix) {
    LinkedHashSet<Claim> claims = new LinkedHashSet<>();
    for (int x : choices) {
      claims.add(Claim.of(prefix + "o" + x % 6, prefix + "v" + x / 6 % 4, prefix + "s" + x / 24));
    }
    return new ArrayList<>(claims);
  }

  private static TruthProblem problem(List<Claim> claims, String prefix) {
    // sources s0 and s1 are one known line
    return TruthProblem.of(claims).withLines(Map.of(prefix + "s0", "line", prefix + "s1", "line"))
        .withSimilarity(NEIGHBOURS).withSupport(FULLER);
  }

  @Test
  void generator_producesDisputesAndAgreements() {
    int[] disputed = new int[1];
    int[] agreed = new int[1];
    qt().withExamples(200).forAll(CHOICES).checkAssert(choices -> {
      TruthProblem p = problem(claims(choices, ""), "");
      for (int o = 0; o < p.objects.length; o++) {
        disputed[0] += p.values[o].length > 1 ? 1 : 0;
        for (int[] who : p.claimants[o]) {
          agreed[0] += who.length > 1 ? 1 : 0;
        }
      }
    });
    assertTrue(disputed[0] > 100 && agreed[0] > 100,
        "disputed objects " + disputed[0] + ", agreed values " + agreed[0]);
  }

  @Test
  void everyMethod_ignoresTheOrderOfClaims() {
    qt().withExamples(100).forAll(CHOICES, integers().all()).checkAssert((choices, seed) -> {
      List<Claim> claims = claims(choices, "");
      List<Claim> shuffled = new ArrayList<>(claims);
      Collections.shuffle(shuffled, new Random(seed));
      for (TruthDiscovery method : METHODS) {
        assertEquals(method.discover(problem(claims, "")), method.discover(problem(shuffled, "")),
            method.name() + " depends on the order of claims");
      }
    });
  }

  @Test
  void everyMethod_renamingRenamesTheResult() {
    qt().withExamples(100).forAll(CHOICES).checkAssert(choices -> {
      for (TruthDiscovery method : METHODS) {
        TruthEstimate plain = method.discover(problem(claims(choices, ""), ""));
        TruthEstimate renamed = method.discover(problem(claims(choices, "x-"), "x-"));
        Map<String, String> expected = new TreeMap<>();
        plain.decisions().forEach((o, d) -> expected.put("x-" + o, "x-" + d.value()));
        Map<String, String> actual = new TreeMap<>();
        renamed.decisions().forEach((o, d) -> actual.put(o, d.value()));
        assertEquals(expected, actual, method.name() + ": decisions under renaming");
        plain.trust().forEach((s, t) -> assertEquals(t, renamed.trust().get("x-" + s), 1e-12,
            method.name() + ": trust of " + s + " under renaming"));
      }
    });
  }

  @Test
  void everyMethod_staysWithinBoundsAndIterationLimit() {
    qt().withExamples(200).forAll(CHOICES).checkAssert(choices -> {
      TruthProblem p = problem(claims(choices, ""), "");
      for (TruthDiscovery method : METHODS) {
        TruthEstimate e = method.discover(p);
        int bound = method instanceof CopyAwareAccuracy accu ? accu.parameters().maxIterations()
            : method instanceof LatentCredibility lca ? lca.parameters().maxIterations()
            : method instanceof FactFinder facts ? facts.parameters().maxIterations() : 100;
        assertTrue(e.iterations() >= 1 && e.iterations() <= bound,
            method.name() + " ran " + e.iterations() + " rounds");
        e.trust().values().forEach(t -> assertTrue(t >= 0 && t <= 1, method.name() + ": " + t));
        assertEquals(p.objectCount(), e.decisions().size(), method.name() + ": every object");
        e.decisions().values().forEach(d -> assertTrue(
            p.claims().contains(Claim.of(d.object(), d.value(), d.supporters().get(0).source())),
            method.name() + ": " + d + " is a claimed value"));
      }
    });
  }

  /**
   * The fact-finders need not settle within their bound of 20 rounds (beliefs keep shrinking under
   * {@code G(x) = x^g}); what holds is that the ending is reported truly, and that beliefs and
   * trust are divided by their maximum each round, so the best decided value has belief 1.
   */
  @Test
  void factFinders_reportTheirEndingAndKeepTheLargestBeliefAtOne() {
    List<FactFinder> methods = List.of(FactFinder.sums(), FactFinder.investment(),
        FactFinder.pooledInvestment());
    qt().withExamples(200).forAll(CHOICES).checkAssert(choices -> {
      TruthProblem p = problem(claims(choices, ""), "");
      for (FactFinder method : methods) {
        TruthEstimate e = method.discover(p);
        int bound = method.parameters().maxIterations();
        assertTrue(e.termination() == Termination.ROUND_LIMIT
                ? e.iterations() == bound
                : e.termination() == Termination.CONVERGED && e.iterations() <= bound,
            method.name() + ": " + e.termination() + " after " + e.iterations() + " rounds");
        double largest = e.decisions().values().stream()
            .mapToDouble(DecidedValue::confidence).max().orElseThrow();
        assertEquals(1.0, largest, 0.0, method.name() + ": the largest belief");
        double trusted = e.trust().values().stream().mapToDouble(t -> t).max().orElseThrow();
        assertEquals(1.0, trusted, 0.0, method.name() + ": the largest trust");
      }
    });
  }

  @Test
  void truthFinder_convergesWithinItsBound() {
    qt().withExamples(200).forAll(CHOICES).checkAssert(choices -> {
      TruthEstimate e = TruthFinder.standard().discover(problem(claims(choices, ""), ""));
      assertTrue(e.converged(), "not converged after " + e.iterations() + " rounds");
    });
  }

  /**
   * SimpleLCA and MistakeLCA are expectation–maximisation, which never lowers the likelihood: they
   * converge within their bound on every input (a source may give several values). GuessLCA does
   * not always: with the guess distribution taken from the claims themselves, "nobody knows,
   * everybody guesses" can explain a small case best, and the honesty of its sources then crawls
   * towards the lower clamp (a case of four sources and ten claims needed 420 rounds); for it only
   * the true report of the ending is a law ({@link
   * #lendingWithoutConvergence_reportsHowItsRoundsEnded()}).
   */
  @Test
  void simpleAndMistakeLca_convergeWithinTheirBound() {
    qt().withExamples(300).forAll(CHOICES).checkAssert(choices -> {
      TruthProblem p = problem(claims(choices, ""), "");
      for (LatentCredibility.Model model : List.of(LatentCredibility.Model.SIMPLE,
          LatentCredibility.Model.MISTAKE)) {
        TruthEstimate e = LatentCredibility.of(model).discover(p);
        assertTrue(e.converged(), model.label() + ": " + e.termination() + " after "
            + e.iterations() + " rounds");
      }
    });
  }

  /**
   * The claims with one value per source and object, the model of Dong et al.: a source that
   * gives several values for one object sinks towards accuracy 1 / (n + 1) at the rate n / (n + 1)
   * per round, which no round limit of 400 reaches.
   */
  private static List<Claim> oneValueEach(List<Claim> claims) {
    Map<String, Claim> first = new TreeMap<>();
    for (Claim c : claims) {
      first.putIfAbsent(c.object() + "\u0000" + c.source(), c);
    }
    return new ArrayList<>(first.values());
  }

  /**
   * TruthFinder with formats and AccuFormat without copy detection converge. With copy detection
   * (AccuFormat) or with similarity as well (AccuSimFormat without copying) this law does not
   * hold: cases of four sources were found whose accuracies still wander after 2,000 rounds
   * without repeating exactly (docs/truth-discovery.md); see {@link
   * #lendingWithoutConvergence_reportsHowItsRoundsEnded()}.
   */
  /**
   * The convergence checks of the accuracy family run on a fixed set of generated cases. The
   * iteration of Dong, Berti-Equille &amp; Srivastava (2009) has no proof of convergence: on
   * random seeds a few cases in a thousand drift past the round limit or settle into a cycle, which
   * the result then reports ({@link Termination}). Fixed, these checks are regression tests of the
   * rounds on 200 cases each, not laws; the laws that hold for every input (bounds, iteration limit,
   * renaming and order invariance, a truly reported ending) run on fresh seeds.
   */
  private static final long CONVERGENCE_SEED = 20251125L;

  @Test
  void formatAwareVotesWithoutCopying_convergeWithinTheirBound() {
    List<TruthDiscovery> formatAware = METHODS.stream()
        .filter(m -> m.name().equals("AccuFormat without copying")
            || m.name().equals("TruthFinder with formats"))
        .toList();
    assertEquals(2, formatAware.size(), "TruthFinder with formats and AccuFormat");
    qt().withFixedSeed(CONVERGENCE_SEED).withExamples(200).forAll(CHOICES).checkAssert(choices -> {
      TruthProblem p = problem(oneValueEach(claims(choices, "")), "");
      for (TruthDiscovery method : formatAware) {
        TruthEstimate e = method.discover(p);
        assertTrue(e.converged(),
            method.name() + ": " + e.termination() + " after " + e.iterations() + " rounds");
      }
    });
  }

  @Test
  void accu_convergesWithinItsBound() {
    TruthDiscovery accu =
        CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper().detectingCopies(false));
    qt().withFixedSeed(CONVERGENCE_SEED).withExamples(200).forAll(CHOICES).checkAssert(choices -> {
      TruthEstimate e = accu.discover(problem(oneValueEach(claims(choices, "")), ""));
      assertEquals(Termination.CONVERGED, e.termination(),
          "after " + e.iterations() + " rounds");
    });
  }

  @Test
  void accuCopy_convergesOrReportsItsCycleWithinItsBound() {
    qt().withFixedSeed(CONVERGENCE_SEED).withExamples(200).forAll(CHOICES).checkAssert(choices -> {
      TruthEstimate e =
          CopyAwareAccuracy.standard().discover(problem(oneValueEach(claims(choices, "")), ""));
      assertTrue(e.termination() != Termination.ROUND_LIMIT,
          "neither converged nor found cycling in " + e.iterations() + " rounds");
    });
  }

  @Test
  void accuSimWithoutCopying_convergesWithinItsBound() {
    TruthDiscovery accuSim = CopyAwareAccuracy.with(
        CopyAwareAccuracy.Parameters.paper().detectingCopies(false).withSimilarity(0.5));
    qt().withFixedSeed(CONVERGENCE_SEED).withExamples(200).forAll(CHOICES).checkAssert(choices -> {
      TruthEstimate e = accuSim.discover(problem(oneValueEach(claims(choices, "")), ""));
      assertEquals(Termination.CONVERGED, e.termination(),
          "after " + e.iterations() + " rounds");
    });
  }

  /**
   * AccuSim and AccuFormat with copy detection, and AccuSimFormat without it, do not always end:
   * cases of four or five sources were found whose accuracies wander without repeating exactly
   * for thousands of rounds while the decided values stay (docs/truth-discovery.md). What holds is
   * that the ending is reported truly: the round limit only when every round ran.
   */
  /**
   * GuessLCA says truly how its rounds ended: at the round limit only after every round, and a
   * convergence after r rounds is found again when r is the limit.
   */
  @Test
  void guessLca_reportsHowItsRoundsEnded() {
    LatentCredibility guess = LatentCredibility.of(LatentCredibility.Model.GUESS);
    int bound = guess.parameters().maxIterations();
    qt().withExamples(200).forAll(CHOICES).checkAssert(choices -> {
      TruthProblem p = problem(claims(choices, ""), "");
      TruthEstimate e = guess.discover(p);
      if (e.termination() == Termination.ROUND_LIMIT) {
        assertEquals(bound, e.iterations(), "round limit before the last round");
      } else {
        assertEquals(Termination.CONVERGED, e.termination(), "EM does not oscillate");
        TruthEstimate again = LatentCredibility.with(new LatentCredibility.Parameters(
            LatentCredibility.Model.GUESS, 0.8, e.iterations(), 1e-6)).discover(p);
        assertEquals(e, again, "converged after " + e.iterations() + " rounds");
      }
    });
  }

  @Test
  void lendingWithoutConvergence_reportsHowItsRoundsEnded() {
    List<CopyAwareAccuracy> methods = List.of(CopyAwareAccuracy.withSimilarity(),
        CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper().withFormat(0.5)),
        CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper().detectingCopies(false)
            .withSimilarity(0.5).withFormat(0.5)));
    qt().withExamples(200).forAll(CHOICES).checkAssert(choices -> {
      TruthProblem p = problem(oneValueEach(claims(choices, "")), "");
      for (CopyAwareAccuracy method : methods) {
        TruthEstimate e = method.discover(p);
        int bound = method.parameters().maxIterations();
        assertTrue(e.termination() == Termination.ROUND_LIMIT
                ? e.iterations() == bound : e.iterations() >= 1 && e.iterations() <= bound,
            method.name() + ": " + e.termination() + " after " + e.iterations() + " rounds");
      }
    });
  }

  @Test
  void oscillation_isAPeriodOfTwoOrMoreSeenTwice() {
    qt().withExamples(200).forAll(integers().between(2, CopyAwareAccuracy.LONGEST_CYCLE),
        integers().between(0, 20), integers().all()).checkAssert((period, lead, seed) -> {
      Random random = new Random(seed);
      long[] history = new long[lead + 2 * period];
      for (int i = 0; i < lead + period; i++) {
        history[i] = random.nextLong();
      }
      for (int i = lead + period; i < history.length; i++) {
        history[i] = history[i - period];
      }
      assertTrue(CopyAwareAccuracy.oscillates(history, history.length), "period " + period);
      assertTrue(!CopyAwareAccuracy.oscillates(history, history.length - 1),
          "one round short of two periods");
      long[] settled = history.clone();
      settled[settled.length - 1] = settled[settled.length - 2];
      assertTrue(!CopyAwareAccuracy.oscillates(settled, settled.length)
              || period > 2 && CopyAwareAccuracy.oscillates(settled, settled.length - 1),
          "a value repeated from the round before is no cycle");
    });
  }
}
