package org.corroborate.analysis.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.Corpus;
import org.corroborate.analysis.corroboration.Verdict;
import org.corroborate.model.Assertion;
import org.corroborate.model.Hedge;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Quantifier;
import org.corroborate.model.TimeSpan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of generality and of showing one disagreement once, over generated pairs and families of
 * statements: one QuickTheories property per cell of the {@link Quantifier} table (an affirmation
 * and a denial of one proposition, any hedges, any overlapping times, make a dispute exactly when
 * the cell says conflict), the unquantified reading, the scope rules, and the folding of repeats.
 */
final class GeneralityAndRepeatsProperties {

  private static final Hedge[] FIRM = {Hedge.CERTAIN, Hedge.PROBABLE, Hedge.POSSIBLE};

  /** A time span that contains 2024-06, so that any two of them overlap. */
  private static final Gen<TimeSpan> AROUND_JUNE_2024 = integers().between(0, 3).map(i -> switch (i) {
    case 0 -> TimeSpan.at(PartialDate.of(2024, 6));
    case 1 -> TimeSpan.since(PartialDate.of(2023, 1 + i));
    case 2 -> TimeSpan.until(PartialDate.of(2024, 12));
    default -> TimeSpan.between(PartialDate.of(2024), PartialDate.of(2025, 3));
  });

  /** Whether one affirmation and one denial of "posted in Kursk" so quantified make a dispute. */
  private static boolean disputed(Optional<Quantifier> affirms, Optional<Quantifier> denies,
      Hedge affirmHedge, Hedge denyHedge, TimeSpan affirmTime, TimeSpan denyTime) {
    Assertion a = Assertion.affirms("a1", "a", "posted-kursk", "a-1").hedged(affirmHedge)
        .asOf(affirmTime);
    Assertion d = Assertion.denies("b1", "b", "posted-kursk", "b-1").hedged(denyHedge)
        .asOf(denyTime);
    AnalysisReport r = Analysis.of(Corpus.withSources("a", "b").posted("kursk")
        .says(affirms.map(a::quantified).orElse(a))
        .says(denies.map(d::quantified).orElse(d)).build());
    boolean disputed = !r.disputes().isEmpty();
    var c = r.corroboration("posted-kursk").orElseThrow();
    Verdict verdict = c.verdict();
    // the analysis's fast path agrees with the rule as Bearing states it
    boolean byRule = c.supporting().stream().flatMap(l -> l.bearings().stream())
        .anyMatch(s -> c.opposing().stream().flatMap(l -> l.bearings().stream())
            .anyMatch(s::conflictsWith));
    assertEquals(byRule, c.conflict().isPresent());
    assertEquals(disputed, verdict == Verdict.DISPUTED || verdict == Verdict.CONTESTED_BY_ONE_SOURCE);
    if (!disputed) {
      assertEquals(Verdict.SINGLE_SOURCE, verdict, "a denial that can hold with it does not count");
      assertTrue(r.nonDisputes().stream()
          .anyMatch(n -> n.kind() == NonDisputeKind.DIFFERENT_GENERALITY), "the near-miss is named");
    }
    return disputed;
  }

  private static void cell(Optional<Quantifier> affirms, Optional<Quantifier> denies,
      boolean conflict) {
    qt().withExamples(60).forAll(integers().between(0, 2), integers().between(0, 2),
        AROUND_JUNE_2024, AROUND_JUNE_2024).checkAssert((h1, h2, t1, t2) ->
        assertEquals(conflict, disputed(affirms, denies, FIRM[h1], FIRM[h2], t1, t2),
            affirms + " against " + denies + " at " + t1 + " and " + t2));
  }

  private static Optional<Quantifier> q(Quantifier q) {
    return Optional.of(q);
  }

  @Test
  void all_againstAll() {
    cell(q(Quantifier.ALL), q(Quantifier.ALL), true);
  }

  @Test
  void all_againstGenerallyNot() {
    cell(q(Quantifier.ALL), q(Quantifier.GENERALLY), true);
  }

  @Test
  void all_againstSomeNot() {
    cell(q(Quantifier.ALL), q(Quantifier.SOME), true);
  }

  @Test
  void generally_againstNever() {
    cell(q(Quantifier.GENERALLY), q(Quantifier.ALL), true);
  }

  @Test
  void generally_againstGenerallyNot() {
    cell(q(Quantifier.GENERALLY), q(Quantifier.GENERALLY), true);
  }

  @Test
  void generally_againstSomeNot_isNoDispute() {
    cell(q(Quantifier.GENERALLY), q(Quantifier.SOME), false);
  }

  @Test
  void some_againstNever() {
    cell(q(Quantifier.SOME), q(Quantifier.ALL), true);
  }

  @Test
  void some_againstGenerallyNot_isNoDispute() {
    cell(q(Quantifier.SOME), q(Quantifier.GENERALLY), false);
  }

  @Test
  void some_againstSomeNot_isNoDispute() {
    cell(q(Quantifier.SOME), q(Quantifier.SOME), false);
  }

  @Test
  void unquantified_keepsThePlainReading() {
    for (Quantifier other : Quantifier.values()) {
      cell(Optional.empty(), q(other), true);
      cell(q(other), Optional.empty(), true);
    }
    cell(Optional.empty(), Optional.empty(), true);
  }

  @Test
  void aGeneralDenialOfTheWhole_isNotCarriedToAPart_aUniversalOneIs() {
    for (Quantifier q : Quantifier.values()) {
      AnalysisReport r = Analysis.of(Corpus.withSources("a", "b").posted("annexed").posted("donetsk")
          .says(Assertion.affirms("a1", "a", "posted-donetsk", "a-1").quantified(Quantifier.SOME))
          .says(Assertion.denies("b1", "b", "posted-annexed", "b-1").quantified(q)).build());
      boolean carried = r.corroboration("posted-donetsk").orElseThrow().opposing().size() == 1;
      assertEquals(q == Quantifier.ALL, carried, q.toString());
      // at the whole, the part's affirmation counts as some cases
      assertEquals(q == Quantifier.ALL, !r.disputes().isEmpty(), q.toString());
    }
  }

  @Test
  void addingSomeCases_neverMakesAGeneralDenialADispute() {
    qt().withExamples(40).forAll(integers().between(1, 6)).checkAssert(n -> {
      Corpus c = Corpus.withSources("a", "b", "c", "d", "e", "f", "g").posted("kursk")
          .says(Assertion.denies("g1", "g", "posted-kursk", "g-1").quantified(Quantifier.GENERALLY));
      String[] others = {"a", "b", "c", "d", "e", "f"};
      for (int i = 0; i < n; i++) {
        c.says(Assertion.affirms(others[i] + "1", others[i], "posted-kursk", others[i] + "-1")
            .quantified(Quantifier.SOME));
      }
      assertTrue(Analysis.of(c.build()).disputes().isEmpty());
    });
  }

  @Test
  void aRepeatedDisagreement_isShownOnce_atTheWidestProposition() {
    AnalysisReport r = Analysis.of(Corpus.withSources("a", "b").posted("annexed").posted("donetsk")
        .says(Assertion.affirms("a1", "a", "posted-donetsk", "a-1"))
        .says(Assertion.denies("b1", "b", "posted-annexed", "b-1")).build());
    assertEquals(1, r.disputes().size(), r.disputes().toString());
    Dispute d = r.disputes().get(0);
    assertEquals("posted-annexed", d.proposition().id());
    assertEquals(List.of("posted-donetsk"), d.covers());
    assertEquals(List.of(), d.differsAt());
  }

  @Test
  void aNarrowerDisagreementWithOtherCamps_isItsOwnDispute_namedByTheWiderOne() {
    AnalysisReport r = Analysis.of(Corpus.withSources("a", "b", "c").posted("annexed")
        .posted("donetsk").posted("kherson")
        .says(Assertion.affirms("a1", "a", "posted-donetsk", "a-1"))
        .says(Assertion.affirms("a2", "a", "posted-kherson", "a-2"))
        .says(Assertion.denies("b1", "b", "posted-annexed", "b-1"))
        .says(Assertion.denies("c1", "c", "posted-kherson", "c-1")).build());
    Dispute wide = r.disputes().stream().filter(d -> d.proposition().id().equals("posted-annexed"))
        .findFirst().orElseThrow();
    assertEquals(List.of("posted-donetsk"), wide.covers());
    assertEquals(List.of("posted-kherson"), wide.differsAt());
    assertTrue(r.disputes().stream().anyMatch(d -> d.proposition().id().equals("posted-kherson")));
    assertEquals(2, r.disputes().size());
  }

  @Test
  void aPropositionNoSourceAddressed_isNeverADisputeOfItsOwn() {
    AnalysisReport r = Analysis.of(Corpus.withSources("a", "b").posted("ukraine").posted("donetsk")
        .posted("kherson")
        .says(Assertion.affirms("a1", "a", "posted-donetsk", "a-1"))
        .says(Assertion.denies("b1", "b", "posted-kherson", "b-1")).build());
    // posted-ukraine gets the support of a1 and no denial (b1 denies a part only): no dispute
    // anywhere, and in particular none at the proposition nobody spoke to
    assertFalse(r.disputes().stream().anyMatch(d -> d.proposition().id().equals("posted-ukraine")));
  }

  /**
   * A affirms and B denies posting in Kherson and in Donetsk, each in two assertions: the second
   * in the passage given, the first in its paragraph 1.
   */
  private static AnalysisReport twoRegions(String aSecond, String bSecond) {
    return Analysis.of(Corpus.withSources("a", "b").posted("kherson").posted("donetsk")
        .says(Assertion.affirms("a1", "a", "posted-kherson", "a-1"))
        .says(Assertion.affirms("a2", "a", "posted-donetsk", aSecond))
        .says(Assertion.denies("b1", "b", "posted-kherson", "b-1"))
        .says(Assertion.denies("b2", "b", "posted-donetsk", bSecond)).build());
  }

  @Test
  void onePassageSayingItOfTwoPlaces_isOneStatement_soTheirDisputesAreOne() {
    // each source writes one paragraph about two regions, encoded as two assertions each: the
    // reader meets one disagreement, told once, with the other folded into it
    AnalysisReport same = twoRegions("a-1", "b-1");
    assertEquals(1, same.disputes().size(), "one disagreement, shown once");
    assertEquals(1, same.disputes().get(0).covers().size(), "the other folded into it");
    // written in different paragraphs, they are two statements each, and two disputes
    assertEquals(2, twoRegions("a-2", "b-2").disputes().size(),
        "two disagreements in two places of the text");
  }
}
