package org.corroborate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.corroborate.analysis.argumentation.Label;
import org.corroborate.analysis.cluster.SourcePair;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.ValueCamp;
import org.corroborate.analysis.corroboration.Verdict;
import org.corroborate.analysis.dispute.Camp;
import org.corroborate.analysis.dispute.CampKind;
import org.corroborate.analysis.dispute.Dispute;
import org.corroborate.analysis.graph.EvidenceGraph;
import org.corroborate.analysis.graph.GraphFormat;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.model.Assertion;
import org.corroborate.model.Category;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.Proposition;
import org.junit.jupiter.api.Test;

/**
 * Categorical questions through the whole analysis: each answer is a camp, equal answers
 * corroborate each other, different answers dispute. The lawyer's answer is the one of the
 * DIS/SMA minutes (a human rights lawyer, paragraph 35: army, air force, navy and national guard);
 * the other sources are made up to give a second, narrower answer.
 */
final class CategoricalAnalysisTest {

  private static final Category FOUR_ARMS = Category.of("army", "air force", "navy", "national guard");
  private static final Category THREE_ARMS = Category.of("Army", "Air Force", "Navy");

  private static final Proposition ARMS = Proposition.of("arms-of-service", "t",
          "The arms of service of the Russian military in which conscripts serve")
      .about("conscripts", "serve-in")
      .asCategorical();

  /**
   * The lawyer and {@code a} give four arms; {@code b}, hedged ("possibly"), gives three; {@code c}
   * does not know.
   */
  private static EvidenceBase corpus() {
    return Corpus.withSources("lawyer", "a", "b", "c")
        .proposition(ARMS)
        .says(Assertion.answers("lawyer-35", "lawyer", "arms-of-service", FOUR_ARMS, "lawyer-3"))
        .says(Assertion.answers("a-arms", "a", "arms-of-service",
            Category.of("National Guard", "navy", "ARMY", "air force"), "a-1"))
        .says(Assertion.answers("b-arms", "b", "arms-of-service", THREE_ARMS, "b-2").hedged(Hedge.POSSIBLE))
        .says(Assertion.uncertain("c-arms", "c", "arms-of-service", "c-4"))
        .build();
  }

  @Test
  void equalAnswersAreOneCamp_aDifferentAnswerIsAnother() {
    AnalysisReport report = Analysis.of(corpus());
    Corroboration c = report.corroboration("arms-of-service").orElseThrow();
    assertEquals(2, c.values().size(), "two answers");
    ValueCamp heaviest = c.values().get(0);
    assertEquals(Optional.of(FOUR_ARMS), heaviest.category(), "the answer of two independent sources first");
    assertEquals(2, heaviest.lines().size());
    assertEquals(Optional.of(Category.of("army", "air force", "navy")), c.values().get(1).category());
    assertEquals(Verdict.CONTESTED_BY_ONE_SOURCE, c.verdict(), "two lines against one");
    assertEquals(2, c.independentSupport());
    assertEquals(1, c.independentOpposition());
    assertEquals(List.of("a", "lawyer"), List.copyOf(c.supportingSources()));
    assertEquals(List.of("b"), List.copyOf(c.opposingSources()));
    assertEquals(1, c.uncertain().size(), "the source that does not know is listed, not counted");
  }

  @Test
  void differentAnswers_makeADisputeOfCategoryCamps() {
    AnalysisReport report = Analysis.of(corpus());
    Dispute d = report.disputes().stream()
        .filter(x -> x.proposition().id().equals("arms-of-service")).findFirst().orElseThrow();
    assertEquals(List.of(CampKind.CATEGORY, CampKind.CATEGORY), d.camps().stream().map(Camp::kind).toList());
    assertEquals("{air force, army, national guard, navy}", d.camps().get(0).label());
    assertEquals("{air force, army, navy}", d.camps().get(1).label());
    assertTrue(d.reason().startsWith("different answers: {air force, army, national guard, navy} according to "),
        d.reason());
  }

  @Test
  void oneAnswerFromTwoSources_isCorroborated_andNoDispute() {
    EvidenceBase e = Corpus.withSources("lawyer", "a")
        .proposition(ARMS)
        .says(Assertion.answers("lawyer-35", "lawyer", "arms-of-service", FOUR_ARMS, "lawyer-3"))
        .says(Assertion.answers("a-arms", "a", "arms-of-service", FOUR_ARMS, "a-1"))
        .build();
    AnalysisReport report = Analysis.of(e);
    assertEquals(Verdict.CORROBORATED, report.corroboration("arms-of-service").orElseThrow().verdict());
    assertTrue(report.disputes().isEmpty());
    assertEquals(List.of(new SourcePair("a", "lawyer", 1, 0)), report.agreement().pairs(),
        "the same answer is an agreement");
  }

  @Test
  void acceptance_agreement_explanationAndGraph_readTheAnswers() {
    EvidenceBase e = corpus();
    AnalysisReport report = Analysis.of(e);
    assertEquals(Label.OUT, report.acceptance().label("b-arms"), "the lighter (hedged) answer is attacked and loses");
    assertEquals(Label.IN, report.acceptance().label("lawyer-35"));
    assertEquals(Label.IN, report.acceptance().label("a-arms"));
    assertEquals(Label.IN, report.acceptance().label("c-arms"), "not knowing conflicts with nothing");
    assertTrue(report.agreement().pairs().contains(new SourcePair("a", "b", 0, 1)),
        "different answers are a disagreement: " + report.agreement().pairs());
    List<String> explanation = report.explain("arms-of-service");
    assertTrue(explanation.contains("answer {air force, army, national guard, navy}: 2 independent line(s), weight "
        + String.format(java.util.Locale.ROOT, "%.2f", report.corroboration("arms-of-service").orElseThrow()
            .values().get(0).weight())), String.join("\n", explanation));
    Bearing b = report.derivation().bearingsOn("arms-of-service").stream()
        .filter(x -> x.assertion().id().equals("b-arms")).findFirst().orElseThrow();
    assertTrue(b.reason(e).contains("gives {air force, army, navy}"), b.reason(e));
    String dot = GraphFormat.DOT.export(EvidenceGraph.of(e));
    assertTrue(dot.contains("{air force, army, navy}"), "the edge says the answer");
    String graphMl = GraphFormat.GRAPHML.export(EvidenceGraph.of(e));
    assertTrue(graphMl.contains("<key id=\"key8\" for=\"edge\" attr.name=\"category\" attr.type=\"string\"/>")
        && graphMl.contains("<data key=\"key8\">{air force, army, navy}</data>"), graphMl);
  }

  @Test
  void categoricalPropositions_lendNoBearingAcrossPlaces() {
    EvidenceBase e = Corpus.withSources("lawyer")
        .proposition(ARMS.at("donetsk"))
        .proposition(Proposition.of("arms-in-ukraine", "t", "Arms of service with conscripts in Ukraine")
            .about("conscripts", "serve-in").at("ukraine").asCategorical())
        .says(Assertion.answers("lawyer-35", "lawyer", "arms-of-service", FOUR_ARMS, "lawyer-3"))
        .build();
    AnalysisReport report = Analysis.of(e);
    assertTrue(report.derivation().bearingsOn("arms-in-ukraine").isEmpty(),
        "an answer about Donetsk is no answer about Ukraine as a whole");
  }
}
