package org.corroborate.analysis.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.corroborate.analysis.Corpus;
import org.corroborate.model.Assertion;
import org.corroborate.model.Basis;
import org.corroborate.model.BasisKind;
import org.corroborate.model.Credibility;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Reliability;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** The default weight policy's factors and explanation. */
final class AdmiraltyWeightPolicyTest {

  private static final Assertion PLAIN = Assertion.affirms("a1", "a", "posted-kursk", "a-1");

  private static EvidenceBase corpus(Source a, Assertion assertion) {
    return new Corpus().source(a).posted("kursk").says(assertion).build();
  }

  private static double weigh(AdmiraltyWeightPolicy policy, Assertion assertion) {
    return policy.weigh(assertion, corpus(Source.of("a", "A", SourceKind.NGO), assertion));
  }

  @Test
  void weigh_unjudgedCertainUnstated_isTheNeutralPriorTimesHedgeAndBasis() {
    assertEquals(0.60 * 0.85 * 0.97 * 0.80, weigh(AdmiraltyWeightPolicy.standard(), PLAIN), 1e-12);
  }

  @Test
  void weigh_gradedSourceAndInformation_useTheirFactors() {
    Source a = Source.of("a", "A", SourceKind.NGO).withReliability(Reliability.B);
    Assertion graded = PLAIN.withCredibility(Credibility.PROBABLY_TRUE)
        .basedOn(Basis.of(BasisKind.FIRST_HAND));
    assertEquals(0.80 * 0.90 * 0.97 * 1.00,
        AdmiraltyWeightPolicy.standard().weigh(graded, corpus(a, graded)), 1e-12);
  }

  @Test
  void hedges_followTheIcd203Midpoints_inOrder() {
    assertEquals(0.97, AdmiraltyWeightPolicy.hedge(Hedge.CERTAIN));
    assertEquals(0.675, AdmiraltyWeightPolicy.hedge(Hedge.PROBABLE));
    assertEquals(0.50, AdmiraltyWeightPolicy.hedge(Hedge.POSSIBLE));
    assertEquals(0.325, AdmiraltyWeightPolicy.hedge(Hedge.NO_EVIDENCE_OF));
  }

  @Test
  void reliability_cannotBeJudged_isNeutral_betweenFairlyAndNotUsuallyReliable() {
    double f = AdmiraltyWeightPolicy.reliability(Reliability.F);
    assertTrue(f < AdmiraltyWeightPolicy.reliability(Reliability.C)
        && f > AdmiraltyWeightPolicy.reliability(Reliability.D), "F = " + f);
  }

  @Test
  void recency_halvesTheWeightEveryHalfLife() {
    Assertion dated = PLAIN.asOf(TimeSpan.at(PartialDate.of(2022, 11, 25)));
    AdmiraltyWeightPolicy now = AdmiraltyWeightPolicy.asOf(LocalDate.of(2024, 11, 24));
    double fresh = weigh(AdmiraltyWeightPolicy.standard(), dated);
    assertEquals(fresh / 2, weigh(now, dated), 1e-9, "730 days old, half-life 730 days");
    assertEquals(fresh, weigh(AdmiraltyWeightPolicy.asOf(LocalDate.of(2022, 11, 1)), dated), 1e-12,
        "a statement newer than the as-of date is not discounted");
  }

  @Test
  void withHalfLife_rejectsLessThanADay() {
    assertThrows(IllegalArgumentException.class, () -> AdmiraltyWeightPolicy.standard().withHalfLife(0));
  }

  @Test
  void explanation_namesEveryFactorAndTheResult() {
    AssertionWeight w = AdmiraltyWeightPolicy.standard().explain(PLAIN,
        corpus(Source.of("a", "A", SourceKind.NGO), PLAIN));
    String text = String.join("\n", w.explanation());
    for (String expected : new String[] {"source reliability F (reliability cannot be judged)",
        "information credibility 6 (truth cannot be judged)", "hedge certain", "basis unstated",
        "recency not applied", "weight = 0.396"}) {
      assertTrue(text.contains(expected), "explanation names '" + expected + "':\n" + text);
    }
  }

  @Test
  void explain_givesTheSameValueAsWeigh() {
    EvidenceBase e = corpus(Source.of("a", "A", SourceKind.NGO), PLAIN.hedged(Hedge.PROBABLE));
    Assertion a = e.assertions().get(0);
    assertEquals(AdmiraltyWeightPolicy.standard().weigh(a, e),
        AdmiraltyWeightPolicy.standard().explain(a, e).value());
  }

  @Test
  void combine_isTheProbabilisticSum_andZeroForNothing() {
    WeightPolicy p = AdmiraltyWeightPolicy.standard();
    assertEquals(0.0, p.combine(java.util.List.of()));
    assertEquals(1 - 0.6 * 0.5, p.combine(java.util.List.of(0.4, 0.5)), 1e-12);
    assertEquals(0.0, p.line(java.util.List.of()));
    assertEquals(0.5, p.line(java.util.List.of(0.4, 0.5, 0.1)));
  }
}
