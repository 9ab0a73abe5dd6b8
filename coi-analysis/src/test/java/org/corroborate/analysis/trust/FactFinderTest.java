package org.corroborate.analysis.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Small problems whose rounds are computed by hand, for Sums, Investment and PooledInvestment. */
final class FactFinderTest {

  private static final double EPS = 1e-12;

  /**
   * Three sources, two objects. o1: {@code a} by s1 and s2, {@code b} by s3; o2: {@code x} by s3,
   * {@code y} by s1. So |C_s1| = 2, |C_s2| = 1, |C_s3| = 2, every object has two values and the
   * prior belief of every claim is 1/2.
   */
  private static TruthProblem threeSources() {
    return TruthProblem.of(List.of(Claim.of("o1", "a", "s1"), Claim.of("o1", "a", "s2"),
        Claim.of("o1", "b", "s3"), Claim.of("o2", "x", "s3"), Claim.of("o2", "y", "s1")));
  }

  private static FactFinder rounds(FactFinder method, int rounds) {
    return FactFinder.with(method.parameters().withMaxIterations(rounds));
  }

  /** The belief in {@code value}: the decided value's confidence or a rival's. */
  private static double belief(TruthEstimate e, String object, String value) {
    DecidedValue d = e.decisions().get(object);
    return d.value().equals(value) ? d.confidence() : d.rivals().get(value);
  }

  private static void assertBeliefs(TruthEstimate e, double a, double b, double x, double y) {
    assertEquals(a, belief(e, "o1", "a"), EPS, e.method() + ": B(a)");
    assertEquals(b, belief(e, "o1", "b"), EPS, e.method() + ": B(b)");
    assertEquals(x, belief(e, "o2", "x"), EPS, e.method() + ": B(x)");
    assertEquals(y, belief(e, "o2", "y"), EPS, e.method() + ": B(y)");
  }

  private static void assertTrust(TruthEstimate e, double s1, double s2, double s3) {
    assertEquals(s1, e.trust().get("s1"), EPS, e.method() + ": T(s1)");
    assertEquals(s2, e.trust().get("s2"), EPS, e.method() + ": T(s2)");
    assertEquals(s3, e.trust().get("s3"), EPS, e.method() + ": T(s3)");
  }

  private static double vote(TruthEstimate e, String object, String source) {
    return e.decisions().get(object).supporters().stream()
        .filter(v -> v.source().equals(source)).findFirst().orElseThrow().vote();
  }

  @Test
  void sums_oneRound() {
    // T(s1) = B(a) + B(y) = 1, T(s2) = B(a) = 1/2, T(s3) = B(b) + B(x) = 1; max 1.
    // B(a) = T(s1) + T(s2) = 3/2, B(b) = T(s3) = 1, B(x) = T(s3) = 1, B(y) = T(s1) = 1; max 3/2.
    TruthEstimate e = rounds(FactFinder.sums(), 1).discover(threeSources());
    assertTrust(e, 1, 0.5, 1);
    assertBeliefs(e, 1, 2.0 / 3, 2.0 / 3, 2.0 / 3);
    assertEquals(Optional.of("a"), e.value("o1"));
    assertEquals(Optional.of("x"), e.value("o2"), "a tie after one round: string order");
    assertEquals(1, e.iterations());
    // 1 − cos((1, 1, 1), (1, 1/2, 1)) = 1 − 2.5 / (√3 · 1.5) ≈ 0.038, above the tolerance
    assertEquals(Termination.ROUND_LIMIT, e.termination());
    assertEquals(1.0, vote(e, "o1", "s1"), EPS, "a Sums vote is the source's trust");
    assertEquals(0.5, vote(e, "o1", "s2"), EPS);
  }

  @Test
  void sums_secondRoundLetsTheTrustEarnedOnOneObjectDecideAnother() {
    // From round 1: T(s1) = 2/3 + 1 = 5/3, T(s2) = 1, T(s3) = 2/3 + 2/3 = 4/3; max 5/3.
    // B(a) = 1 + 3/5 = 8/5, B(b) = 4/5, B(x) = 4/5, B(y) = 1; max 8/5.
    TruthEstimate e = rounds(FactFinder.sums(), 2).discover(threeSources());
    assertTrust(e, 1, 3.0 / 5, 4.0 / 5);
    assertBeliefs(e, 1, 1.0 / 2, 1.0 / 2, 5.0 / 8);
    assertEquals(Optional.of("y"), e.value("o2"),
        "s1 sided with the majority on o1, s3 did not: " + e.decisions().get("o2").reason());
    assertEquals(2, e.iterations());
  }

  @Test
  void investment_oneRound() {
    // Investments T⁰(s) / |C_s|: s1 1/2, s2 1, s3 1/2. Claim totals: a 3/2, b 1/2, x 1/2, y 1/2.
    // T(s1) = B⁰(a) · (1/2) / (3/2) + B⁰(y) · (1/2) / (1/2) = 1/6 + 1/2 = 2/3,
    // T(s2) = B⁰(a) · 1 / (3/2) = 1/3, T(s3) = B⁰(b) + B⁰(x) = 1; max 1.
    // H(a) = T(s1) / 2 + T(s2) = 2/3, H(b) = T(s3) / 2 = 1/2, H(x) = 1/2, H(y) = T(s1) / 2 = 1/3;
    // B = H^1.2, divided by (2/3)^1.2: a 1, b (3/4)^1.2 ≈ 0.708, x (3/4)^1.2, y (1/2)^1.2 ≈ 0.435.
    TruthEstimate e = rounds(FactFinder.investment(), 1).discover(threeSources());
    assertTrust(e, 2.0 / 3, 1.0 / 3, 1);
    assertBeliefs(e, 1, Math.pow(0.75, 1.2), Math.pow(0.75, 1.2), Math.pow(0.5, 1.2));
    assertEquals(Optional.of("a"), e.value("o1"));
    assertEquals(Optional.of("x"), e.value("o2"),
        "s3 alone on x collects the whole of x's belief: " + e.decisions().get("o2").reason());
    assertEquals(1.0 / 3, vote(e, "o1", "s1"), EPS, "an investment vote is T(s) / |C_s|");
    assertEquals(1.0 / 3, vote(e, "o1", "s2"), EPS);
  }

  @Test
  void pooledInvestment_oneRound() {
    // The trust and H as for Investment: T = (2/3, 1/3, 1), H(a) = 2/3, H(b) = 1/2, H(x) = 1/2,
    // H(y) = 1/3. With G(h) = h^1.4, B(c) = H(c) · G(H(c)) / Σ_{d∈M_c} G(H(d)):
    // a ≈ 0.39956, b ≈ 0.20033, x ≈ 0.31910, y ≈ 0.12060; divided by B(a):
    // b = (3/4)^2.4 ≈ 0.501, x ≈ 0.799, y ≈ 0.302.
    double ga = Math.pow(2.0 / 3, 1.4);
    double gb = Math.pow(1.0 / 2, 1.4);
    double gy = Math.pow(1.0 / 3, 1.4);
    double a = 2.0 / 3 * ga / (ga + gb);
    double b = 1.0 / 2 * gb / (ga + gb);
    double x = 1.0 / 2 * gb / (gb + gy);
    double y = 1.0 / 3 * gy / (gb + gy);
    TruthEstimate e = rounds(FactFinder.pooledInvestment(), 1).discover(threeSources());
    assertTrust(e, 2.0 / 3, 1.0 / 3, 1);
    assertBeliefs(e, 1, b / a, x / a, y / a);
    assertEquals(Math.pow(0.75, 2.4), b / a, EPS, "the hand simplification of B(b)");
    assertEquals(Optional.of("a"), e.value("o1"));
    assertEquals(Optional.of("x"), e.value("o2"));
  }

  /** x by c1 and c2 (one line, "outlet") and i2; y by i1. */
  private static TruthProblem lineOfTwo() {
    return TruthProblem.of(List.of(Claim.of("q", "x", "c1"), Claim.of("q", "x", "c2"),
        Claim.of("q", "x", "i2"), Claim.of("q", "y", "i1")));
  }

  @Test
  void sums_knownLineCountsOnce() {
    // T = 1/2 for all, 1 after dividing by the max. B(x) = T(c1) + T(i2) = 2 with the line, 3
    // without; B(y) = 1. Divided by the max: y = 1/2 with the line, 1/3 without.
    TruthProblem plain = lineOfTwo();
    TruthProblem lined = plain.withLines(Map.of("c1", "outlet", "c2", "outlet"));
    FactFinder sums = rounds(FactFinder.sums(), 1);
    assertEquals(1.0 / 3, sums.discover(plain).decisions().get("q").rivals().get("y"), EPS);
    DecidedValue d = sums.discover(lined).decisions().get("q");
    assertEquals("x", d.value());
    assertEquals(1.0 / 2, d.rivals().get("y"), EPS, "the outlet's two channels count once");
    assertEquals(List.of(new SourceVote("c1", 1, 1), new SourceVote("i2", 1, 1),
        new SourceVote("c2", 1, 0)), d.supporters(), "c2's vote is not counted");
  }

  @Test
  void investmentRules_knownLineCountsOnce() {
    // Every source has one claim. Investments are 1 each; claim totals x 3, y 1, so T(c1) = T(c2)
    // = T(i2) = (1/2) / 3 = 1/6 and T(i1) = 1/2; divided by the max: 1/3, 1/3, 1/3, 1.
    // H(x) = 1/3 + 1/3 + 1/3 = 1 without the line, 1/3 + 1/3 = 2/3 with it; H(y) = 1.
    // Investment: B(x) = (2/3)^1.2 with the line, 1 = B(y) without it (a tie: x by string order).
    // PooledInvestment: B(x) / B(y) = H(x) · G(H(x)) / (H(y) · G(H(y))) = (2/3)^2.4 with the line.
    assertLineCountsOnce(rounds(FactFinder.investment(), 1), Math.pow(2.0 / 3, 1.2));
    assertLineCountsOnce(rounds(FactFinder.pooledInvestment(), 1), Math.pow(2.0 / 3, 2.4));
  }

  private static void assertLineCountsOnce(FactFinder method, double x) {
    TruthProblem plain = lineOfTwo();
    TruthProblem lined = plain.withLines(Map.of("c1", "outlet", "c2", "outlet"));
    TruthEstimate without = method.discover(plain);
    assertEquals(Optional.of("x"), without.value("q"), method.name() + ": a tie without lines");
    assertEquals(1.0, without.decisions().get("q").rivals().get("y"), EPS, method.name());
    DecidedValue d = method.discover(lined).decisions().get("q");
    assertEquals("y", d.value(), method.name() + ": " + d.reason());
    assertEquals(1.0, d.confidence(), EPS, method.name());
    assertEquals(x, d.rivals().get("x"), EPS, method.name() + ": the outlet counts once");
    assertEquals(List.of(new SourceVote("i1", 1, 1)), d.supporters(), method.name());
  }

  @Test
  void sums_aCopyInTheSameLineChangesNothing() {
    // Under Sums a copy of s1 that is known to be s1's line has s1's trust in every round and
    // adds nothing to any belief, so every round is the round without it.
    List<Claim> claims = new ArrayList<>(threeSources().claims());
    claims.add(Claim.of("o1", "a", "s1-copy"));
    claims.add(Claim.of("o2", "y", "s1-copy"));
    TruthProblem withCopy = TruthProblem.of(claims).withLines(Map.of("s1", "s1", "s1-copy", "s1"));
    TruthEstimate alone = FactFinder.sums().discover(threeSources());
    TruthEstimate copied = FactFinder.sums().discover(withCopy);
    assertEquals(alone.iterations(), copied.iterations());
    for (String s : List.of("s1", "s2", "s3")) {
      assertEquals(alone.trust().get(s), copied.trust().get(s), EPS, s);
    }
    assertEquals(alone.trust().get("s1"), copied.trust().get("s1-copy"), EPS);
    for (String[] claim : new String[][] {{"o1", "a"}, {"o1", "b"}, {"o2", "x"}, {"o2", "y"}}) {
      assertEquals(belief(alone, claim[0], claim[1]), belief(copied, claim[0], claim[1]), EPS,
          claim[0] + " " + claim[1]);
    }
    assertEquals(0.0, vote(copied, "o1", "s1-copy"), EPS);
  }

  @Test
  void investment_soleClaimantsCollectTheWholeReturn() {
    // Why the investment rules do not pass the shared reliable-minority case: four sources agree
    // on "true" for o0..o9, where three unreliable sources each give a false value of their own,
    // and the unreliable three outnumber the two reliable ones on q. Round 1, T⁰ = 1, B⁰ = 1/4 on
    // o0..o9 and 1/2 on q; every source has 11 claims except the witnesses (10).
    // Reliable: 10 · (1/11)(1/4) / (2/11 + 2/10) + (1/11)(1/2) / (2/11) = 25/42 + 1/4 = 71/84.
    // Witness: 10 · (1/10)(1/4) / (21/55) = 55/84. Unreliable, alone on each false value:
    // 10 · 1/4 + (1/11)(1/2) / (3/11) = 8/3. Divided by 8/3: 71/224, 55/224 and 1.
    // H(a) = 2 · (71/224) / 11 ≈ 0.058 < H(b) = 3 / 11 ≈ 0.273, so q is b.
    TruthProblem problem = TruthProblem.of(TruthDiscoveryTest.minorityCase());
    for (FactFinder method : List.of(FactFinder.investment(), FactFinder.pooledInvestment())) {
      TruthEstimate e = rounds(method, 1).discover(problem);
      assertEquals(71.0 / 224, e.trust().get("reliable-1"), EPS, method.name());
      assertEquals(55.0 / 224, e.trust().get("witness-1"), EPS, method.name());
      assertEquals(1.0, e.trust().get("unreliable-0"), EPS, method.name());
      assertEquals(Optional.of("b"), e.value("q"), method.name());
    }
  }

  @Test
  void rounds_stopWhenTheTrustSettles() {
    // Two sources agree on the only value: T¹ = (1/1, 1/1) = T⁰, so 1 − cos = 0 after one round.
    TruthProblem agreed = TruthProblem.of(List.of(Claim.of("q", "a", "s1"),
        Claim.of("q", "a", "s2")));
    for (FactFinder method : List.of(FactFinder.sums(), FactFinder.investment(),
        FactFinder.pooledInvestment())) {
      TruthEstimate e = method.discover(agreed);
      assertEquals(Termination.CONVERGED, e.termination(), method.name());
      assertEquals(1, e.iterations(), method.name());
      assertEquals(1.0, e.decisions().get("q").confidence(), EPS, method.name());
    }
  }

  @Test
  void parameters_paperValuesAndNames() {
    assertEquals(new FactFinder.Parameters(FactFinder.Rule.SUMS, 1.0, 20, 1e-6),
        FactFinder.sums().parameters());
    assertEquals(new FactFinder.Parameters(FactFinder.Rule.INVESTMENT, 1.2, 20, 1e-6),
        FactFinder.investment().parameters());
    assertEquals(new FactFinder.Parameters(FactFinder.Rule.POOLED_INVESTMENT, 1.4, 20, 1e-6),
        FactFinder.pooledInvestment().parameters());
    assertEquals("Sums", FactFinder.sums().name());
    assertEquals("Investment", FactFinder.investment().name());
    assertEquals("PooledInvestment", FactFinder.pooledInvestment().name());
    assertEquals("Investment", FactFinder.with(
        new FactFinder.Parameters(FactFinder.Rule.INVESTMENT, 2.0, 5, 0)).name(),
        "the name follows the rule, whatever the growth");
  }

  @Test
  void parameters_rejectBadRanges() {
    FactFinder.Rule rule = FactFinder.Rule.INVESTMENT;
    assertThrows(IllegalArgumentException.class, () -> new FactFinder.Parameters(rule, 0.9, 20, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new FactFinder.Parameters(rule, Double.NaN, 20, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new FactFinder.Parameters(rule, Double.POSITIVE_INFINITY, 20, 0));
    assertThrows(IllegalArgumentException.class, () -> new FactFinder.Parameters(rule, 1.2, 0, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new FactFinder.Parameters(rule, 1.2, 20, -1e-9));
    assertThrows(IllegalArgumentException.class,
        () -> new FactFinder.Parameters(rule, 1.2, 20, Double.NaN));
    assertThrows(NullPointerException.class, () -> new FactFinder.Parameters(null, 1.2, 20, 0));
    assertThrows(NullPointerException.class, () -> FactFinder.with(null));
    assertThrows(NullPointerException.class, () -> FactFinder.sums().discover(null));
    assertThrows(IllegalArgumentException.class,
        () -> FactFinder.Parameters.paper(FactFinder.Rule.SUMS).withMaxIterations(0));
  }
}
