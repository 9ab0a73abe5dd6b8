package org.corroborate.analysis.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.Corpus;
import org.corroborate.analysis.argumentation.ArgumentationFramework;
import org.corroborate.analysis.argumentation.Label;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.corroboration.ValueCamp;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.model.Assertion;
import org.corroborate.model.Hedge;
import org.corroborate.model.PartialDate;
import org.corroborate.model.RussiaConscriptionExcerpt;
import org.corroborate.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** Acceptance of assertions under grounded semantics. */
final class AssertionAcceptanceTest {

  @Test
  void excerpt_aliyevDefeatsPskovskayaGubernia_andReinstatesNovik() {
    AnalysisReport r = Analysis.of(RussiaConscriptionExcerpt.evidenceBase());
    assertEquals(Label.IN, r.acceptance().label("aliyev-82-donetsk"), "assessment 0.42 > 0.40");
    assertEquals(Label.OUT, r.acceptance().label("pskov-7-donetsk"));
    assertEquals(Label.IN, r.acceptance().label("novik-18-donetsk"),
        "Pskovskaya Gubernia outweighs Novik's 'could', but is itself defeated");
    assertEquals(Label.IN, r.acceptance().label("galeotti-39"), "absence of evidence attacks nothing");
    assertEquals(Label.IN, r.acceptance().label("pskov-7-kursk"), "unattacked");
  }

  @Test
  void evenConflict_leavesBothUndecided() {
    AnalysisReport r = Analysis.of(Corpus.withSources("a", "b").posted("kursk")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.denies("b1", "b", "posted-kursk", "b-1")).build());
    assertEquals(List.of("a1", "b1"), r.acceptance().undecided());
  }

  @Test
  void strongerAttacksWeaker_only() {
    AnalysisReport r = Analysis.of(Corpus.withSources("a", "b").posted("kursk")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.denies("b1", "b", "posted-kursk", "b-1").hedged(Hedge.PROBABLE)).build());
    ArgumentationFramework<String> af = AssertionAcceptance.framework(
        r.evidence(), r.corroborations(), r.policy());
    assertTrue(af.attacks("a1", "b1") && !af.attacks("b1", "a1"), af.toString());
    assertEquals(List.of("a1"), r.acceptance().in());
    assertEquals(List.of("b1"), r.acceptance().out());
  }

  @Test
  void conflictsAtDisjointTimes_areNoAttacks() {
    AnalysisReport r = Analysis.of(Corpus.withSources("a", "b").posted("kursk")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1").asOf(TimeSpan.at(PartialDate.of(2024))))
        .says(Assertion.denies("b1", "b", "posted-kursk", "b-1").asOf(TimeSpan.at(PartialDate.of(2021))))
        .build());
    assertEquals(List.of("a1", "b1"), r.acceptance().in());
  }

  @Test
  void locatingByDerivation_givesTheFrameworkOfLookingUpById() {
    AnalysisReport r = Analysis.of(RussiaConscriptionExcerpt.evidenceBase());
    ArgumentationFramework<String> byId =
        AssertionAcceptance.framework(r.evidence(), r.corroborations(), r.policy());
    ArgumentationFramework<String> located = AssertionAcceptance.framework(
        r.evidence(), r.derivation(), r.corroborations(), r.policy());
    assertTrue(!byId.attacks().isEmpty(), "the excerpt holds conflicts");
    assertEquals(byId, located);
    assertEquals(byId.attacks(), located.attacks());
    // corroborations made from another derivation: their bearings are found by id instead
    ArgumentationFramework<String> foreign = AssertionAcceptance.framework(r.evidence(),
        BearingDerivation.of(r.evidence()), r.corroborations(), r.policy());
    assertEquals(byId.attacks(), foreign.attacks());
    assertEquals(r.acceptance(), AssertionAcceptance.of(
        r.evidence(), r.derivation(), r.corroborations(), r.policy()));
  }

  /** The line as its public constructor makes it: knowing no positions of its assertions. */
  private static EvidenceLine unplaced(EvidenceLine line) {
    return new EvidenceLine(line.id(), line.bearings(), line.weight());
  }

  private static ImmutableList<EvidenceLine> unplaced(List<EvidenceLine> lines) {
    return lines.stream().map(AssertionAcceptanceTest::unplaced)
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void linesKnowingNoPositions_giveTheSameFramework() {
    AnalysisReport r = Analysis.of(RussiaConscriptionExcerpt.evidenceBase());
    List<Corroboration> unplaced = r.corroborations().stream().map(c -> new Corroboration(
        c.proposition(), c.verdict(), unplaced(c.supporting()), unplaced(c.opposing()),
        unplaced(c.absence()), c.values().stream().map(v -> new ValueCamp(v.common(), v.span(),
            v.unit(), unplaced(v.lines()), v.weight(), v.category()))
            .collect(ImmutableList.toImmutableList()),
        c.uncertain(), c.overlapping(), c.support(), c.opposition(), c.absenceWeight(), c.weight(),
        c.conflict())).toList();
    assertEquals(-1, unplaced.stream().filter(c -> !c.supporting().isEmpty()).findFirst()
        .orElseThrow().supporting().get(0).assertionPosition(0), "no line knows a position");
    ArgumentationFramework<String> placed = AssertionAcceptance.framework(
        r.evidence(), r.derivation(), r.corroborations(), r.policy());
    assertTrue(!placed.attacks().isEmpty(), "the excerpt holds conflicts");
    assertEquals(placed.attacks(), AssertionAcceptance.framework(
        r.evidence(), r.derivation(), unplaced, r.policy()).attacks(), "found in the derivation");
    assertEquals(placed.attacks(), AssertionAcceptance.framework(
        r.evidence(), unplaced, r.policy()).attacks(), "looked up by id");
  }
}
