package org.corroborate.analysis.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.Rearranged;
import org.corroborate.model.Assertion;
import org.corroborate.model.CorporaAccess;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.Source;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The weight laws with source trust as a prior (see {@link TrustWeightPolicy}). */
final class TrustWeightPolicyProperties {

  private static final Gen<EvidenceBase> CORPORA = CorporaAccess.valid(8);
  private static final WeightPolicy BASE = AdmiraltyWeightPolicy.standard();
  private static final Gen<Double> STRENGTHS = doubles().between(0.0, 1.0);

  /** A random trust in [0, 1] for every source but the last, which is left unestimated. */
  private static Map<String, Double> trust(EvidenceBase e, long seed) {
    Random random = new Random(seed);
    Map<String, Double> trust = new TreeMap<>();
    List<Source> sources = e.sources();
    for (int i = 0; i < sources.size() - 1; i++) {
      trust.put(sources.get(i).id(), random.nextDouble());
    }
    return trust;
  }

  @Test
  void weights_stayWithinTheBaseWeightAndItsShareOneMinusStrength() {
    qt().withExamples(200).forAll(CORPORA, longs().all(), STRENGTHS)
        .checkAssert((e, seed, strength) -> {
          WeightPolicy trusted = TrustWeightPolicy.of(BASE, trust(e, seed), strength);
          for (Assertion a : e.assertions()) {
            double w = BASE.weigh(a, e);
            double t = trusted.weigh(a, e);
            assertTrue(t >= 0 && t <= 1, "in [0, 1]: " + t);
            assertTrue(t <= w + 1e-15 && t >= (1 - strength) * w - 1e-15,
                a.id() + ": " + t + " against base " + w + ", strength " + strength);
            assertEquals(t, trusted.explain(a, e).value(), 0.0, "explain gives weigh's value");
          }
        });
  }

  @Test
  void higherTrust_neverLowersAWeight() {
    qt().withExamples(200).forAll(CORPORA, longs().all(), STRENGTHS)
        .checkAssert((e, seed, strength) -> {
          Map<String, Double> trust = trust(e, seed);
          Random random = new Random(~seed);
          Map<String, Double> higher = new TreeMap<>();
          trust.forEach((s, t) -> higher.put(s, t + (1 - t) * random.nextDouble()));
          WeightPolicy low = TrustWeightPolicy.of(BASE, trust, strength).withNeutralTrust(0.5);
          WeightPolicy high = TrustWeightPolicy.of(BASE, higher, strength).withNeutralTrust(0.5);
          for (Assertion a : e.assertions()) {
            assertTrue(high.weigh(a, e) >= low.weigh(a, e),
                a.id() + ": more trust in " + a.source() + " lowered its weight");
          }
        });
  }

  @Test
  void uniformTrust_changesNoRanking() {
    qt().withExamples(200).forAll(CORPORA, doubles().between(0.0, 1.0), STRENGTHS)
        .checkAssert((e, level, strength) -> {
          Map<String, Double> uniform = new TreeMap<>();
          e.sources().forEach(s -> uniform.put(s.id(), level));
          TrustWeightPolicy trusted = TrustWeightPolicy.of(BASE, uniform, strength);
          double factor = 1 - strength + strength * level;
          List<Assertion> as = e.assertions();
          for (Assertion a : as) {
            assertEquals(BASE.weigh(a, e) * factor, trusted.weigh(a, e), 0.0,
                a.id() + ": one factor for every source");
            for (Assertion b : as) {
              if (BASE.weigh(a, e) <= BASE.weigh(b, e)) {
                assertTrue(trusted.weigh(a, e) <= trusted.weigh(b, e),
                    a.id() + " overtakes " + b.id() + " under uniform trust " + level);
              }
            }
          }
        });
  }

  @Test
  void aHedgedAssertion_stillNeverWeighsMoreThanTheSameStatedAsCertain() {
    qt().withExamples(200).forAll(CORPORA, longs().all(), STRENGTHS)
        .checkAssert((e, seed, strength) -> {
          WeightPolicy trusted = TrustWeightPolicy.of(BASE, trust(e, seed), strength);
          for (Assertion a : e.assertions()) {
            if (a.stance() == Stance.DENIES && a.hedge() == Hedge.NO_EVIDENCE_OF) {
              continue;
            }
            double certain = trusted.weigh(a.hedged(Hedge.CERTAIN), e);
            for (Hedge h : new Hedge[] {Hedge.PROBABLE, Hedge.POSSIBLE}) {
              assertTrue(trusted.weigh(a.hedged(h), e) <= certain, a.id() + " hedged " + h);
            }
          }
        });
  }

  @Test
  void analysis_withTrust_isOrderInvariant_andIgnoresDuplicates() {
    qt().withExamples(100).forAll(CORPORA, longs().all(), STRENGTHS)
        .checkAssert((e, seed, strength) -> {
          WeightPolicy trusted = TrustWeightPolicy.of(BASE, trust(e, seed), strength);
          var before = Analysis.of(e, trusted).corroborations();
          assertEquals(before, Analysis.of(Rearranged.shuffled(e, new Random(seed)), trusted)
              .corroborations(), "the order of the parts changes nothing");
          if (!e.assertions().isEmpty()) {
            Assertion a = e.assertions().get(0);
            Assertion copy = new Assertion("dup-" + a.id(), a.source(), a.proposition(),
                a.stance(), a.value(), a.hedge(), a.basis(), a.credibility(), a.asOf(),
                a.passages(), a.quote(), a.category(), a.quantifier());
            assertEquals(weights(before), weights(Analysis.of(
                e.toBuilder().addAssertion(copy).build(), trusted).corroborations()),
                "a duplicate of " + a.id() + " counts for nothing");
          }
        });
  }

  private static List<Double> weights(
      List<org.corroborate.analysis.corroboration.Corroboration> cs) {
    return cs.stream().map(c -> Math.round(c.weight() * 1e9) / 1e9).toList();
  }

  @Test
  void renamingSources_withTheirTrust_changesNoWeight() {
    qt().withExamples(200).forAll(CORPORA, longs().all(), STRENGTHS)
        .checkAssert((e, seed, strength) -> {
          UnaryOperator<String> rename = id -> "renamed-" + id;
          Map<String, Double> trust = trust(e, seed);
          Map<String, Double> renamedTrust = new TreeMap<>();
          trust.forEach((s, t) -> renamedTrust.put(rename.apply(s), t));
          EvidenceBase renamed = Rearranged.renameSources(e, rename);
          WeightPolicy before = TrustWeightPolicy.of(BASE, trust, strength);
          WeightPolicy after = TrustWeightPolicy.of(BASE, renamedTrust, strength);
          for (int i = 0; i < e.assertions().size(); i++) {
            Assertion a = e.assertions().get(i);
            Assertion b = renamed.assertion(a.id()).orElseThrow();
            assertEquals(before.weigh(a, e), after.weigh(b, renamed), 0.0, a.id());
          }
        });
  }

  @Test
  void strengthZero_isTheBasePolicy_andBadArgumentsAreRejected() {
    qt().withExamples(100).forAll(CORPORA, longs().all()).checkAssert((e, seed) -> {
      WeightPolicy none = TrustWeightPolicy.of(BASE, trust(e, seed), 0.0);
      for (Assertion a : e.assertions()) {
        assertEquals(BASE.weigh(a, e), none.weigh(a, e), 0.0, a.id());
      }
    });
    assertThrows(IllegalArgumentException.class,
        () -> TrustWeightPolicy.of(BASE, Map.of("s", 1.5), 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> TrustWeightPolicy.of(BASE, Map.of("s", 0.5), -0.1));
  }
}
