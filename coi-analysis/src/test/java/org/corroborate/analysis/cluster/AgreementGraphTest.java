package org.corroborate.analysis.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.Corpus;
import org.corroborate.model.Assertion;
import org.corroborate.model.Proposition;
import org.junit.jupiter.api.Test;

/** Which pairs of sources agree or disagree, on hand-built cases. */
final class AgreementGraphTest {

  @Test
  void affirmationsOfDifferentDistricts_areNoAgreement_thoughBothSupportTheRegion() {
    AgreementGraph g = Analysis.of(Corpus.withSources("a", "b")
        .posted("donetsk").posted("kherson").posted("annexed")
        .says(Assertion.affirms("a1", "a", "posted-donetsk", "a-1"))
        .says(Assertion.affirms("b1", "b", "posted-kherson", "b-1")).build()).agreement();
    assertTrue(g.pairs().isEmpty(), "they share no proposition either speaks to: " + g.pairs());
    assertEquals(List.of("a", "b"), List.copyOf(g.sources()), "both still take sides");
  }

  @Test
  void aDirectStatementAboutTheRegion_agreesWithADerivedOne() {
    AgreementGraph g = Analysis.of(Corpus.withSources("a", "b")
        .posted("donetsk").posted("annexed")
        .says(Assertion.affirms("a1", "a", "posted-donetsk", "a-1"))
        .says(Assertion.affirms("b1", "b", "posted-annexed", "b-1")).build()).agreement();
    assertEquals(List.of(new SourcePair("a", "b", 1, 0)), g.pairs());
  }

  @Test
  void opposingSides_disagree_andWeighNegatively() {
    AgreementGraph g = Analysis.of(Corpus.withSources("a", "b").posted("kursk")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.denies("b1", "b", "posted-kursk", "b-1")).build()).agreement();
    assertEquals(List.of(new SourcePair("a", "b", 0, 1)), g.pairs());
    assertEquals(-1.0, g.graph().getEdgeWeight(g.graph().getEdge("a", "b")));
  }

  @Test
  void aSourceAndTheOneItRelays_areOneVoice_notAnAgreement() {
    AgreementGraph g = Analysis.of(Corpus.withSources("a", "b", "c").posted("kursk")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.affirms("b1", "b", "posted-kursk", "b-1")
            .basedOn(org.corroborate.model.Basis.reportedBy("a")))
        .says(Assertion.affirms("c1", "c", "posted-kursk", "c-1")).build()).agreement();
    assertEquals(List.of(new SourcePair("a", "c", 1, 0), new SourcePair("b", "c", 1, 0)), g.pairs(),
        "a and b are one line; each agrees with the independent c");
  }

  @Test
  void aLongChainOfRelays_countsNoPairAtAll() {
    Corpus corpus = Corpus.withSources(java.util.stream.IntStream.range(0, 3000)
        .mapToObj(i -> "s" + i).toArray(String[]::new)).posted("kursk");
    for (int i = 0; i < 3000; i++) {
      Assertion a = Assertion.affirms("a" + i, "s" + i, "posted-kursk", "s" + i + "-1");
      corpus.says(i + 1 < 3000 ? a.basedOn(org.corroborate.model.Basis.reportedBy("s" + (i + 1))) : a);
    }
    AgreementGraph g = Analysis.of(corpus.build()).agreement();
    assertTrue(g.pairs().isEmpty(), "3,000 relays of one report are one voice");
    assertEquals(3000, g.sources().size());
  }

  @Test
  void pairsAcrossLines_countEveryPairWithADirectSpeakerOnce() {
    // four independent sources on the annexed regions, c and d only by derivation: 6 pairs less
    // the one of the two derived speakers; b's denial of the whole carries down to Donetsk and
    // Kherson, where it meets c and d directly a second time
    AgreementGraph g = Analysis.of(Corpus.withSources("a", "b", "c", "d")
        .posted("donetsk").posted("kherson").posted("annexed")
        .says(Assertion.affirms("a1", "a", "posted-annexed", "a-1"))
        .says(Assertion.denies("b1", "b", "posted-annexed", "b-1"))
        .says(Assertion.affirms("c1", "c", "posted-donetsk", "c-1"))
        .says(Assertion.affirms("d1", "d", "posted-kherson", "d-1")).build()).agreement();
    assertEquals(List.of(new SourcePair("a", "b", 0, 1), new SourcePair("a", "c", 1, 0),
        new SourcePair("a", "d", 1, 0), new SourcePair("b", "c", 0, 2), new SourcePair("b", "d", 0, 2)),
        g.pairs());
  }

  @Test
  void pairs_addUpOverPropositions_whateverPartOfTheListTheyAreReadIn() {
    // 3,000 propositions, more than one slice of the first pass, each read on its own: the graph of
    // all is the sum of the graphs of the two halves; the slices without a number their sources
    // otherwise than the first, and are joined under one numbering
    Corpus all = Corpus.withSources("a", "b", "c", "d", "e");
    Corpus first = Corpus.withSources("a", "b", "c", "d", "e");
    Corpus second = Corpus.withSources("a", "b", "c", "d", "e");
    for (int i = 0; i < 3000; i++) {
      Corpus half = i < 1500 ? first : second;
      Proposition p = Proposition.of("q" + i, "t", "Claim " + i);
      all.proposition(p);
      half.proposition(p);
      List<Assertion> said = new java.util.ArrayList<>();
      if (i < 2000) {
        said.add(Assertion.affirms("a" + i, "a", "q" + i, "a-1"));
      }
      said.add(i % 3 == 0 ? Assertion.denies("b" + i, "b", "q" + i, "b-1")
          : Assertion.affirms("b" + i, "b", "q" + i, "b-1"));
      if (i % 5 == 0) {
        said.add(Assertion.denies("c" + i, "c", "q" + i, "c-1"));
      }
      if (i % 7 == 0) {
        said.add(Assertion.affirms("d" + i, "d", "q" + i, "d-1"));
      }
      if (i >= 2000 && i % 11 == 0) {
        said.add(Assertion.denies("e" + i, "e", "q" + i, "e-1"));
      }
      said.forEach(all::says);
      said.forEach(half::says);
    }
    Map<List<String>, int[]> summed = new TreeMap<>(java.util.Comparator.comparing(List::toString));
    for (Corpus half : List.of(first, second)) {
      for (SourcePair pair : Analysis.of(half.build()).agreement().pairs()) {
        int[] counts = summed.computeIfAbsent(List.of(pair.first(), pair.second()), k -> new int[2]);
        counts[0] += pair.agreements();
        counts[1] += pair.disagreements();
      }
    }
    List<SourcePair> expected = summed.entrySet().stream()
        .map(e -> new SourcePair(e.getKey().get(0), e.getKey().get(1), e.getValue()[0],
            e.getValue()[1]))
        .toList();
    AgreementGraph g = Analysis.of(all.build()).agreement();
    assertEquals(expected, g.pairs());
    assertEquals(List.of("a", "b", "c", "d", "e"), List.copyOf(g.sources()));
  }

  @Test
  void sourcesKnownByTheirNumbers_giveTheGraphOfSourcesKnownByTheirIds_onAnyCorpus() {
    java.util.concurrent.atomic.AtomicInteger withPairs = new java.util.concurrent.atomic.AtomicInteger();
    org.quicktheories.QuickTheory.qt().withFixedSeed(20261208L).withExamples(200)
        .forAll(org.corroborate.model.CorporaAccess.valid(12)).checkAssert(e -> {
          List<org.corroborate.analysis.corroboration.Corroboration> cs =
              Analysis.of(e).corroborations();
          AgreementGraph byId = AgreementGraph.of(cs);
          AgreementGraph byNumber = AgreementGraph.of(e, cs);
          assertEquals(byId.sources(), byNumber.sources());
          assertEquals(byId.pairs(), byNumber.pairs());
          // lines of another evidence base: read by id, the same graph
          AgreementGraph foreign = AgreementGraph.of(org.corroborate.model.EvidenceBase.empty(), cs);
          assertEquals(byId.pairs(), foreign.pairs());
          assertEquals(byId.sources(), foreign.sources());
          if (!byId.pairs().isEmpty()) {
            withPairs.incrementAndGet();
          }
        });
    assertTrue(withPairs.get() >= 20, "the generator makes corpora with pairs: " + withPairs.get());
  }

  @Test
  void onTheReferenceExcerpt_numbersAndIdsGiveOneGraph() {
    org.corroborate.model.EvidenceBase e =
        org.corroborate.model.RussiaConscriptionExcerpt.evidenceBase();
    List<org.corroborate.analysis.corroboration.Corroboration> cs = Analysis.of(e).corroborations();
    assertEquals(AgreementGraph.of(cs).pairs(), AgreementGraph.of(e, cs).pairs());
    assertTrue(!AgreementGraph.of(e, cs).pairs().isEmpty(), "the excerpt's sources agree somewhere");
  }
}
