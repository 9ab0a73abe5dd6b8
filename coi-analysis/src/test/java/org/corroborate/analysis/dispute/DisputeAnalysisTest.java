package org.corroborate.analysis.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.Corpus;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.model.Assertion;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Proposition;
import org.corroborate.model.Quantity;
import org.corroborate.model.RussiaConscriptionExcerpt;
import org.corroborate.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** Disputes and near-misses on hand-built cases. */
final class DisputeAnalysisTest {

  private static Corpus killed(String... sources) {
    return Corpus.withSources(sources).proposition(
        Proposition.of("killed", "t", "Conscripts killed in Kursk").measuredIn("person"));
  }

  @Test
  void numericDispute_hasOneCampPerCompatibleGroup_heaviestFirst() {
    AnalysisReport r = Analysis.of(killed("a", "b", "c")
        .says(Assertion.value("a1", "a", "killed", Quantity.atMost(100, "person"), "a-1"))
        .says(Assertion.value("b1", "b", "killed", Quantity.between(50, 90, "person"), "b-1"))
        .says(Assertion.value("c1", "c", "killed", Quantity.moreThan(1000, "person"), "c-1")).build());
    Dispute d = r.disputes().get(0);
    assertEquals(List.of(CampKind.VALUE, CampKind.VALUE), d.camps().stream().map(Camp::kind).toList());
    assertEquals(2, d.camps().get(0).independentLines(), "[50, 90] and at most 100 agree");
    assertEquals(List.of("c"), List.copyOf(d.camps().get(1).sources()));
    assertTrue(d.reason().startsWith("values that cannot all be true: [50, 90] person according to"),
        d.reason());
    assertEquals("c", r.outliers().get(0).source());
  }

  @Test
  void differingValuesAtDisjointTimes_areANearMiss() {
    AnalysisReport r = Analysis.of(killed("a", "b")
        .says(Assertion.value("a1", "a", "killed", Quantity.atMost(10, "person"), "a-1")
            .asOf(TimeSpan.at(PartialDate.of(2022))))
        .says(Assertion.value("b1", "b", "killed", Quantity.atLeast(500, "person"), "b-1")
            .asOf(TimeSpan.at(PartialDate.of(2024)))).build());
    assertTrue(r.disputes().isEmpty());
    assertEquals(List.of(NonDisputeKind.DISJOINT_TIMES),
        r.nonDisputes().stream().map(NonDispute::kind).toList());
  }

  @Test
  void denialAtAnotherTime_isANearMiss_notADispute() {
    AnalysisReport r = Analysis.of(Corpus.withSources("a", "b").posted("kursk")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1").asOf(TimeSpan.since(PartialDate.of(2024, 8))))
        .says(Assertion.denies("b1", "b", "posted-kursk", "b-1").asOf(TimeSpan.until(PartialDate.of(2024, 7))))
        .build());
    assertTrue(r.disputes().isEmpty());
    NonDispute n = r.nonDisputes().get(0);
    assertEquals(NonDisputeKind.DISJOINT_TIMES, n.kind());
    assertEquals(List.of("a1", "b1"), n.bearings().stream().map(b -> b.assertion().id()).toList());
  }

  @Test
  void aSourceOnBothSides_isNamed() {
    AnalysisReport r = Analysis.of(Corpus.withSources("a", "b").posted("kursk")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.denies("a2", "a", "posted-kursk", "a-2"))
        .says(Assertion.denies("b1", "b", "posted-kursk", "b-1")).build());
    assertEquals(List.of("a"), List.copyOf(r.disputes().get(0).sourcesOnSeveralSides()),
        "a contradicts itself between paragraphs 1 and 2");
  }

  @Test
  void evenCamps_haveNoMinority_andMakeNoOutlier() {
    AnalysisReport r = Analysis.of(Corpus.withSources("a", "b").posted("kursk")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.denies("b1", "b", "posted-kursk", "b-1")).build());
    assertTrue(r.disputes().get(0).minority().isEmpty());
    assertTrue(r.outliers().isEmpty());
  }

  @Test
  void oneSourceAloneOnEverySide_isAnInconsistencyToRead_notADisputeBetweenSources() {
    AnalysisReport r = Analysis.of(Corpus.withSources("a", "b").posted("kursk")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.denies("a2", "a", "posted-kursk", "a-2")).build());
    assertTrue(r.disputes().isEmpty(), r.disputes().toString());
    NonDispute n = r.nonDisputes().stream()
        .filter(x -> x.kind() == NonDisputeKind.ONE_SOURCE_ON_BOTH_SIDES).findFirst().orElseThrow();
    assertTrue(n.reason().startsWith("Source A alone takes every side (affirms at"), n.reason());
    assertEquals(List.of("a1", "a2"), n.bearings().stream().map(b -> b.assertion().id()).toList());
    // a second source on one side makes it a dispute between sources again
    AnalysisReport two = Analysis.of(Corpus.withSources("a", "b").posted("kursk")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.denies("a2", "a", "posted-kursk", "a-2"))
        .says(Assertion.denies("b1", "b", "posted-kursk", "b-1")).build());
    assertEquals(1, two.disputes().size());
  }

  @Test
  void corroborationsInAnyOrder_giveTheSameDisputesAndNearMisses_onTheReferenceExcerpt() {
    AnalysisReport r = Analysis.of(RussiaConscriptionExcerpt.evidenceBase());
    DisputeAnalysis inOrder = DisputeAnalysis.of(r.evidence(), r.derivation(), r.corroborations());
    List<Corroboration> reversed = new ArrayList<>(r.corroborations());
    Collections.reverse(reversed);
    DisputeAnalysis backwards = DisputeAnalysis.of(r.evidence(), r.derivation(), reversed);
    assertTrue(inOrder.nonDisputes().stream()
        .anyMatch(n -> n.kind() == NonDisputeKind.DIFFERENT_SCOPE),
        "the excerpt has a denied part, found through the question it belongs to");
    assertEquals(inOrder.disputes(), backwards.disputes());
    assertEquals(inOrder.nonDisputes(), backwards.nonDisputes());
  }
}
