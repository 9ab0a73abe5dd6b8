package org.corroborate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.corroboration.Verdict;
import org.corroborate.analysis.weight.AdmiraltyWeightPolicy;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.Assertion;
import org.corroborate.model.Basis;
import org.corroborate.model.CorporaAccess;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.Locator;
import org.corroborate.model.Passage;
import org.corroborate.model.Proposition;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of evidence weight and corroboration (see {@link WeightPolicy}), over generated valid
 * evidence bases.
 */
final class AnalysisProperties {

  private static final Gen<EvidenceBase> CORPORA = CorporaAccess.valid(8);
  private static final WeightPolicy POLICY = AdmiraltyWeightPolicy.standard();

  /** What must not change: per proposition, verdict, line counts and weights. */
  private record Outcome(String proposition, Verdict verdict, int support, int opposition,
      long absence, double supportWeight, double oppositionWeight, double absenceWeight, double weight) {
    static Outcome of(Corroboration c) {
      return new Outcome(c.proposition().id(), c.verdict(), c.independentSupport(),
          c.independentOpposition(), c.absence().size(), round(c.support()), round(c.opposition()),
          round(c.absenceWeight()), round(c.weight()));
    }

    private static double round(double w) {
      return Math.round(w * 1e9) / 1e9;
    }
  }

  private static List<Outcome> outcomes(EvidenceBase e) {
    return Analysis.of(e, POLICY).corroborations().stream().map(Outcome::of).toList();
  }

  @Test
  void weights_areBounded_andZeroWithoutSupport() {
    qt().withExamples(300).forAll(CORPORA).checkAssert(e -> {
      for (Corroboration c : Analysis.of(e, POLICY).corroborations()) {
        for (double w : new double[] {c.support(), c.opposition(), c.absenceWeight(), c.weight()}) {
          assertTrue(w >= 0.0 && w <= 1.0, "weights lie in [0, 1]: " + c);
        }
        if (c.independentSupport() == 0) {
          assertEquals(0.0, c.weight(), "nothing supports " + c.proposition().id());
        }
        for (EvidenceLine l : c.supporting()) {
          assertTrue(l.weight() >= 0.0 && l.weight() <= 1.0);
        }
      }
    });
  }

  @Test
  void analysis_isOrderInvariant() {
    qt().withExamples(200).forAll(CORPORA, longs().all()).checkAssert((e, seed) -> {
      AnalysisReport before = Analysis.of(e, POLICY);
      AnalysisReport after = Analysis.of(Rearranged.shuffled(e, new Random(seed)), POLICY);
      assertEquals(before.corroborations(), after.corroborations());
      assertEquals(before.disputes(), after.disputes());
      assertEquals(before.nonDisputes(), after.nonDisputes());
      assertEquals(before.clusters(), after.clusters());
      assertEquals(before.outliers(), after.outliers());
      assertEquals(before.acceptance(), after.acceptance());
    });
  }

  @Test
  void clusters_fromTheCompactAgreementGraph_equalThoseFromItsJGraphTView() {
    qt().withExamples(200).forAll(CORPORA).checkAssert(e -> {
      org.corroborate.analysis.cluster.AgreementGraph g = Analysis.of(e, POLICY).agreement();
      assertEquals(org.corroborate.analysis.cluster.PivotCorrelationClustering.clusters(g.graph()),
          org.corroborate.analysis.cluster.PivotCorrelationClustering.clusters(g));
      assertEquals(g.pairs().stream().filter(p -> p.balance() != 0).count(), g.graph().edgeSet().size(),
          "an edge per pair that does not balance out");
    });
  }

  @Test
  void renamingSources_changesNoVerdictOrWeight() {
    qt().withExamples(200).forAll(CORPORA).checkAssert(e ->
        assertEquals(outcomes(e), outcomes(Rearranged.renameSources(e, id -> "renamed-" + id))));
  }

  @Test
  void duplicatingAnAssertion_changesNothing() {
    qt().withExamples(200).forAll(CORPORA, integers().between(0, 1000)).checkAssert((e, pick) -> {
      if (e.assertions().isEmpty()) {
        return;
      }
      Assertion a = e.assertions().get(pick % e.assertions().size());
      Assertion copy = new Assertion("dup-" + a.id(), a.source(), a.proposition(), a.stance(),
          a.value(), a.hedge(), a.basis(), a.credibility(), a.asOf(), a.passages(), a.quote(),
          a.category(), a.quantifier());
      assertEquals(outcomes(e), outcomes(e.toBuilder().addAssertion(copy).build()),
          "a duplicate of " + a.id() + " must count for nothing");
    });
  }

  @Test
  void aSourceOfAnAlreadyCountedOrigin_addsNoIndependentWeight() {
    qt().withExamples(200).forAll(CORPORA, integers().between(0, 1000)).checkAssert((e, pick) -> {
      if (e.assertions().isEmpty()) {
        return;
      }
      Assertion a = e.assertions().get(pick % e.assertions().size());
      Source original = e.source(a.source()).orElseThrow();
      Source twin = Source.of("twin", "Twin of " + original.name(), original.kind())
          .withReliability(original.reliability()).withOrigin(original.origin());
      Assertion echoed = new Assertion("echo", "twin", a.proposition(), a.stance(), a.value(),
          a.hedge(), a.basis().reportedBy().filter(r -> r.equals("twin")).isPresent()
              ? Basis.unstated() : a.basis(),
          a.credibility(), a.asOf().or(() -> Optional.of(BearingTime.of(a, e))),
          com.google.common.collect.ImmutableList.of("twin-1"), a.quote(), a.category(),
          a.quantifier());
      EvidenceBase more = withSource(e, twin).addAssertion(echoed).build();
      assertEquals(outcomes(e), outcomes(more), "a source of origin '" + original.origin()
          + "' repeating " + a.id() + " adds no independent weight");
    });
  }

  @Test
  void anIndependentSupportingAssertion_neverLowersSupport() {
    qt().withExamples(200).forAll(CORPORA, integers().between(0, 1000)).checkAssert((e, pick) -> {
      List<Proposition> plain = e.propositions().stream().filter(p -> !p.isNumeric()).toList();
      if (plain.isEmpty()) {
        return;
      }
      Proposition p = plain.get(pick % plain.size());
      Source fresh = Source.of("fresh", "A new independent source", SourceKind.NGO);
      EvidenceBase more = withSource(e, fresh)
          .addAssertion(Assertion.affirms("fresh-claim", "fresh", p.id(), "fresh-1")).build();
      for (int i = 0; i < e.propositions().size(); i++) {
        Corroboration before = Analysis.of(e, POLICY).corroborations().get(i);
        Corroboration after = Analysis.of(more, POLICY).corroborations().get(i);
        assertTrue(after.support() >= before.support() - 1e-12,
            "support of " + before.proposition().id() + " fell from " + before.support() + " to "
                + after.support());
        assertTrue(after.independentSupport() >= before.independentSupport());
      }
    });
  }

  @Test
  void aHedgedAssertion_neverWeighsMoreThanTheSameStatedAsCertain() {
    qt().withExamples(200).forAll(CORPORA).checkAssert(e -> {
      for (Assertion a : e.assertions()) {
        if (a.stance() == Stance.DENIES && a.hedge() == Hedge.NO_EVIDENCE_OF) {
          continue;
        }
        double certain = POLICY.weigh(a.hedged(Hedge.CERTAIN), e);
        for (Hedge h : new Hedge[] {Hedge.PROBABLE, Hedge.POSSIBLE}) {
          assertTrue(POLICY.weigh(a.hedged(h), e) <= certain,
              a.id() + " hedged " + h + " outweighs it stated as certain");
        }
      }
    });
  }

  @Test
  void generator_producesDisputedCorroboratedIsolatedAndDependentCases() {
    int[] counts = new int[4];
    qt().withFixedSeed(20250101L).withExamples(300).forAll(CORPORA).checkAssert(e -> {
      List<Corroboration> cs = Analysis.of(e, POLICY).corroborations();
      if (cs.stream().anyMatch(c -> c.verdict() == Verdict.DISPUTED
          || c.verdict() == Verdict.CONTESTED_BY_ONE_SOURCE)) {
        counts[0]++;
      }
      if (cs.stream().anyMatch(c -> c.verdict() == Verdict.CORROBORATED)) {
        counts[1]++;
      }
      if (cs.stream().anyMatch(c -> c.verdict() == Verdict.SINGLE_SOURCE)) {
        counts[2]++;
      }
      if (cs.stream().flatMap(c -> c.supporting().stream()).anyMatch(l -> l.sources().size() > 1)) {
        counts[3]++;
      }
    });
    String[] names = {"disputed", "corroborated", "isolated (single source)", "dependent (one line, several sources)"};
    for (int i = 0; i < counts.length; i++) {
      assertTrue(counts[i] >= 10, "the generator must produce " + names[i] + " cases often: " + counts[i]);
    }
  }

  // ------------------------------------------------------------------------------------ helpers

  /** The time an assertion speaks for, pinned so that a copy cited elsewhere keeps it. */
  private static final class BearingTime {
    static org.corroborate.model.TimeSpan of(Assertion a, EvidenceBase e) {
      return org.corroborate.analysis.scope.BearingDerivation.timeOf(a, e);
    }
  }

  private static EvidenceBase.Builder withSource(EvidenceBase e, Source s) {
    return e.toBuilder().addSource(s)
        .addDocument(Document.minutes("minutes-" + s.id(), s.id(), "Meeting with " + s.name()))
        .addPassage(Passage.of(s.id() + "-1", "minutes-" + s.id(), Locator.paragraph("1")));
  }
}
