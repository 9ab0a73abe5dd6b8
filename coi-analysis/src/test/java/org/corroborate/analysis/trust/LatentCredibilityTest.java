package org.corroborate.analysis.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.analysis.trust.LatentCredibility.Model;
import org.corroborate.analysis.trust.LatentCredibility.Parameters;
import org.junit.jupiter.api.Test;

/** Latent credibility analysis on problems worked by hand. */
final class LatentCredibilityTest {

  /** s1 and s2 claim a, s3 claims b. */
  private static final TruthProblem TWO_AGAINST_ONE = TruthProblem.of(List.of(
      Claim.of("q", "a", "s1"), Claim.of("q", "a", "s2"), Claim.of("q", "b", "s3")));

  private static TruthEstimate oneRound(Model model, TruthProblem problem) {
    return LatentCredibility.with(new Parameters(model, 0.8, 1, 1e-6)).discover(problem);
  }

  @Test
  void simple_oneRoundByHand() {
    // E: P(a) ∝ 0.8 · 0.8 · 0.2 = 0.128, P(b) ∝ 0.2 · 0.2 · 0.8 = 0.032, so P(a) = 0.8.
    // M: every source's honesty is the posterior of its claim: 0.8, 0.8, 0.2.
    TruthEstimate e = oneRound(Model.SIMPLE, TWO_AGAINST_ONE);
    DecidedValue q = e.decisions().get("q");
    assertEquals("a", q.value());
    assertEquals(0.8, q.confidence(), 1e-12);
    assertEquals(0.2, q.rivals().get("b"), 1e-12);
    assertEquals(0.8, e.trust().get("s1"), 1e-12);
    assertEquals(0.2, e.trust().get("s3"), 1e-12);
    // weight of evidence: ln(P(a | t = a) / P(a | t ≠ a)) = ln(0.8 / 0.2)
    q.supporters().forEach(v -> assertEquals(Math.log(4), v.vote(), 1e-12, v.source()));
    assertEquals("SimpleLCA", e.method());
  }

  @Test
  void guess_oneRoundByHand() {
    // Guess distribution g(a) = 2/3, g(b) = 1/3. With H = 0.8: P(a | a) = 0.8 + 0.2 · 2/3 =
    // 14/15, P(a | b) = 2/15, P(b | b) = 13/15, P(b | a) = 1/15.
    // E: P(a) ∝ (14/15)² (1/15) = 196/3375, P(b) ∝ (2/15)² (13/15) = 52/3375: P(a) = 49/62.
    // M: H(s1) = P(a) · 0.8 / (14/15) = 21/31; H(s3) = P(b) · 0.8 / (13/15) = 6/31.
    TruthEstimate e = oneRound(Model.GUESS, TWO_AGAINST_ONE);
    DecidedValue q = e.decisions().get("q");
    assertEquals("a", q.value());
    assertEquals(49.0 / 62, q.confidence(), 1e-12);
    assertEquals(21.0 / 31, e.trust().get("s1"), 1e-12);
    assertEquals(21.0 / 31, e.trust().get("s2"), 1e-12);
    assertEquals(6.0 / 31, e.trust().get("s3"), 1e-12);
    // ln((14/15) / (2/15)) = ln 7
    q.supporters().forEach(v -> assertEquals(Math.log(7), v.vote(), 1e-12, v.source()));
    assertEquals("GuessLCA", e.method());
  }

  @Test
  void mistake_firstRoundIsSimpleLcaWhileEveryObjectIsKnowable() {
    // Knowability starts at 1, so the first E step is SimpleLCA's, and the first M step in H
    // maximises Σ r log H + (1 − r) log(1 − H): the mean posterior, found by bisection.
    TruthProblem problem = TruthProblem.of(TruthDiscoveryTest.minorityCase());
    TruthEstimate simple = oneRound(Model.SIMPLE, problem);
    TruthEstimate mistake = oneRound(Model.MISTAKE, problem);
    assertEquals(simple.decisions().keySet(), mistake.decisions().keySet());
    simple.decisions().forEach((o, d) -> {
      assertEquals(d.value(), mistake.decisions().get(o).value(), o);
      assertEquals(d.confidence(), mistake.decisions().get(o).confidence(), 1e-12, o);
    });
    simple.trust().forEach((s, t) -> assertEquals(t, mistake.trust().get(s), 1e-9, s));
    assertEquals("MistakeLCA", mistake.method());
  }

  @Test
  void everyModel_convergesOnTheMinorityCaseAndExplainsItsVotes() {
    TruthProblem problem = TruthProblem.of(TruthDiscoveryTest.minorityCase());
    for (Model model : Model.values()) {
      TruthEstimate e = LatentCredibility.of(model).discover(problem);
      assertEquals(Termination.CONVERGED, e.termination(), model + " in " + e.iterations());
      DecidedValue q = e.decisions().get("q");
      assertEquals("a", q.value(), model + ": " + q.reason());
      q.supporters().forEach(v -> assertTrue(v.vote() > 0, model + ": " + v));
      // the three that were wrong on every object are worse than chance (1/4 among four values)
      assertTrue(e.trust().get("unreliable-0") < 0.25, model + ": " + e.trust());
      assertTrue(e.trust().get("reliable-1") > 0.9, model + ": " + e.trust());
    }
  }

  @Test
  void knownLine_isOneObservationAndItsOtherMembersVoteNothing() {
    // c1 and c2 are one outlet: one observation of x against two of y, so y wins
    TruthProblem problem = TruthProblem.of(List.of(Claim.of("q", "x", "c1"),
            Claim.of("q", "x", "c2"), Claim.of("q", "y", "i1"), Claim.of("q", "y", "i2")))
        .withLines(Map.of("c1", "outlet", "c2", "outlet"));
    for (Model model : Model.values()) {
      TruthEstimate e = oneRound(model, problem);
      assertEquals(Optional.of("y"), e.value("q"), model.label());
      // all start equally honest, so the line's first source in order is its observation
      TruthEstimate tie = oneRound(model, TruthProblem.of(List.of(Claim.of("q", "x", "c1"),
              Claim.of("q", "x", "c2"), Claim.of("q", "x", "c3"), Claim.of("q", "y", "i1"),
              Claim.of("q", "y", "i2"), Claim.of("q", "y", "i3")))
          .withLines(Map.of("c1", "outlet", "c2", "outlet")));
      assertEquals(Optional.of("y"), tie.value("q"), model.label() + ": two lines against three");
    }
    TruthEstimate counted = oneRound(Model.SIMPLE, TruthProblem.of(List.of(
            Claim.of("q", "x", "c1"), Claim.of("q", "x", "c2"), Claim.of("q", "x", "c3"),
            Claim.of("q", "y", "i1")))
        .withLines(Map.of("c1", "outlet", "c2", "outlet", "c3", "outlet")));
    // one observation of x against one of y: a tie, broken by string order, and only c1 counted
    DecidedValue q = counted.decisions().get("q");
    assertEquals("x", q.value());
    assertEquals(0.5, q.confidence(), 1e-12);
    assertEquals(List.of("c1", "c2", "c3"),
        q.supporters().stream().map(SourceVote::source).toList());
    assertEquals(Math.log(4), q.supporters().get(0).vote(), 1e-12);
    assertEquals(0.0, q.supporters().get(1).vote());
    assertEquals(0.0, q.supporters().get(2).vote());
  }

  @Test
  void parameters_rejectValuesOutsideTheirRanges() {
    assertThrows(IllegalArgumentException.class, () -> new Parameters(Model.SIMPLE, 1.0, 10, 0));
    assertThrows(IllegalArgumentException.class, () -> new Parameters(Model.SIMPLE, 0.0, 10, 0));
    assertThrows(IllegalArgumentException.class, () -> new Parameters(Model.GUESS, 0.8, 0, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new Parameters(Model.MISTAKE, 0.8, 10, -1e-6));
    assertThrows(NullPointerException.class, () -> new Parameters(null, 0.8, 10, 0));
  }
}
