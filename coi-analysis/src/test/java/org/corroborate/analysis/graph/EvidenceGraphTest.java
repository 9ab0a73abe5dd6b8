package org.corroborate.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.Stance;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

final class EvidenceGraphTest {

  private static final EvidenceGraph GRAPH = EvidenceGraph.of(AnnexedRegionsExcerpt.build());

  private static Map<VertexKind, Integer> vertexCounts(EvidenceGraph g) {
    Map<VertexKind, Integer> counts = new EnumMap<>(VertexKind.class);
    g.graph().vertexSet().forEach(v -> counts.merge(v.kind(), 1, Integer::sum));
    return counts;
  }

  private static Map<EdgeKind, Integer> edgeCounts(EvidenceGraph g) {
    Map<EdgeKind, Integer> counts = new EnumMap<>(EdgeKind.class);
    g.graph().edgeSet().forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
    return counts;
  }

  private static EvidenceEdge edge(EvidenceGraph g, String id) {
    return g.graph().edgeSet().stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no edge " + id));
  }

  private static String ends(Graph<EvidenceVertex, EvidenceEdge> g, EvidenceEdge e) {
    return g.getEdgeSource(e).id() + " -> " + g.getEdgeTarget(e).id();
  }

  private static List<String> vertexIds(EvidenceGraph g) {
    return g.graph().vertexSet().stream().map(EvidenceVertex::id).toList();
  }

  private static List<String> edgeIds(EvidenceGraph g) {
    return g.graph().edgeSet().stream().map(EvidenceEdge::id).toList();
  }

  @Test
  void of_hasAVertexForEverySourcePropositionAndPassage() {
    assertEquals(Map.of(VertexKind.PASSAGE, 5, VertexKind.PROPOSITION, 6, VertexKind.SOURCE, 4),
        vertexCounts(GRAPH), "5 passages, 6 propositions (one without assertions), 4 sources");
  }

  @Test
  void of_hasAnEdgePerAssertionCitedPassageRelationAndRelay() {
    assertEquals(Map.of(EdgeKind.ASSERTS, 8, EdgeKind.CITES, 8, EdgeKind.CONTRADICTS, 1,
            EdgeKind.ENTAILS, 2, EdgeKind.REPORTED_BY, 1),
        edgeCounts(GRAPH), "8 assertions of one passage each, 3 relations, 1 relayed count");
  }

  @Test
  void vertices_comeInIdOrder_passagesThenPropositionsThenSources() {
    assertEquals(List.of(
            "passage:huseyn-aliyev-82", "passage:irina-novik-17", "passage:irina-novik-18",
            "passage:pskovskaya-gubernia-7", "passage:verstka-2024-11-14-whole",
            "proposition:kept-out-of-annexed-2022", "proposition:killed-in-kursk",
            "proposition:posted-in-annexed-2022", "proposition:posted-in-crimea",
            "proposition:posted-in-donetsk", "proposition:posted-in-kherson",
            "source:huseyn-aliyev", "source:irina-novik", "source:pskovskaya-gubernia",
            "source:verstka"),
        vertexIds(GRAPH));
  }

  @Test
  void edges_comeByKindThenByAssertionOrRelation() {
    assertEquals(List.of(
            "asserts:aliyev-82-crimea", "asserts:aliyev-82-donetsk", "asserts:novik-17-killed",
            "asserts:novik-18-donetsk", "asserts:novik-18-kherson", "asserts:pskov-7-donetsk",
            "asserts:pskov-7-kherson", "asserts:verstka-killed",
            "cites:aliyev-82-crimea:huseyn-aliyev-82", "cites:aliyev-82-donetsk:huseyn-aliyev-82",
            "cites:novik-17-killed:irina-novik-17", "cites:novik-18-donetsk:irina-novik-18",
            "cites:novik-18-kherson:irina-novik-18", "cites:pskov-7-donetsk:pskovskaya-gubernia-7",
            "cites:pskov-7-kherson:pskovskaya-gubernia-7",
            "cites:verstka-killed:verstka-2024-11-14-whole",
            "contradicts:kept-out-of-annexed-2022:posted-in-annexed-2022",
            "entails:posted-in-donetsk:posted-in-annexed-2022",
            "entails:posted-in-kherson:posted-in-annexed-2022",
            "reported-by:novik-17-killed"),
        edgeIds(GRAPH));
  }

  @Test
  void passageLabel_namesTheDocumentsSourceAndTheLocator() {
    assertEquals("Huseyn Aliyev ¶82",
        GRAPH.vertex("passage:huseyn-aliyev-82").orElseThrow().label());
    assertEquals("Pskovskaya Gubernia ¶7",
        GRAPH.vertex(VertexKind.PASSAGE, "pskovskaya-gubernia-7").orElseThrow().label());
    assertEquals("Verstka whole document",
        GRAPH.vertex("passage:verstka-2024-11-14-whole").orElseThrow().label(),
        "a written source cited as a whole");
  }

  @Test
  void sourceAndPropositionLabels_areNameAndText() {
    assertEquals("Irina Novik", GRAPH.vertex("source:irina-novik").orElseThrow().label());
    assertEquals("Conscripts are posted in donetsk",
        GRAPH.vertex("proposition:posted-in-donetsk").orElseThrow().label());
  }

  @Test
  void assertsEdge_goesFromSourceToProposition_carryingTheAssertion() {
    EvidenceEdge e = edge(GRAPH, "asserts:aliyev-82-donetsk");
    assertEquals("source:huseyn-aliyev -> proposition:posted-in-donetsk", ends(GRAPH.graph(), e));
    assertEquals("aliyev-82-donetsk", e.assertionId().orElseThrow());
    assertEquals(Stance.AFFIRMS, e.stance().orElseThrow());
    assertEquals("affirms", e.label(), "Huseyn Aliyev ¶82 states it as fact");
  }

  @Test
  void assertsEdgeLabel_readsStanceHedgeAndValue() {
    assertEquals("affirms (possible)", edge(GRAPH, "asserts:novik-18-donetsk").label(),
        "Irina Novik ¶18: conscripts 'could' be posted in Donetsk");
    assertEquals("no evidence of", edge(GRAPH, "asserts:novik-18-kherson").label(),
        "Irina Novik ¶18 'had not heard of' Kherson: absence of evidence, not a denial");
    assertEquals(Hedge.NO_EVIDENCE_OF, edge(GRAPH, "asserts:novik-18-kherson").hedge().orElseThrow());
    assertEquals("denies", edge(GRAPH, "asserts:pskov-7-donetsk").label(),
        "Pskovskaya Gubernia ¶7: 'but not into' Donetsk");
    assertEquals("[13, ∞) person", edge(GRAPH, "asserts:novik-17-killed").label());
  }

  @Test
  void citesEdge_goesFromPropositionToPassage_sameAssertionAsItsAssertsEdge() {
    EvidenceEdge cites = edge(GRAPH, "cites:novik-18-kherson:irina-novik-18");
    assertEquals("proposition:posted-in-kherson -> passage:irina-novik-18",
        ends(GRAPH.graph(), cites));
    assertEquals(edge(GRAPH, "asserts:novik-18-kherson").assertion(), cites.assertion(),
        "source -> proposition -> passage traces one assertion");
  }

  @Test
  void reportedByEdge_goesFromTheRelayingSourceToTheReportingOne() {
    EvidenceEdge relay = edge(GRAPH, "reported-by:novik-17-killed");
    assertEquals("source:irina-novik -> source:verstka", ends(GRAPH.graph(), relay));
    assertEquals("novik-17-killed", relay.assertionId().orElseThrow());
  }

  @Test
  void relationEdges_linkPropositions_withTheirReason() {
    EvidenceEdge entails = edge(GRAPH, "entails:posted-in-donetsk:posted-in-annexed-2022");
    assertEquals("proposition:posted-in-donetsk -> proposition:posted-in-annexed-2022",
        ends(GRAPH.graph(), entails));
    assertEquals("Donetsk oblast is one of the regions annexed in 2022",
        entails.relation().orElseThrow().reason());
    EvidenceEdge contradicts = edge(GRAPH, "contradicts:kept-out-of-annexed-2022:posted-in-annexed-2022");
    assertEquals("proposition:kept-out-of-annexed-2022 -> proposition:posted-in-annexed-2022",
        ends(GRAPH.graph(), contradicts), "a contradiction points from the smaller id");
  }

  @Test
  void edgesOfKind_areTheGraphsEdgesOfThatKind_inOrder() {
    assertEquals(List.of("entails:posted-in-donetsk:posted-in-annexed-2022",
            "entails:posted-in-kherson:posted-in-annexed-2022"),
        GRAPH.edges(EdgeKind.ENTAILS).stream().map(EvidenceEdge::id).toList());
    assertEquals(4, GRAPH.vertices(VertexKind.SOURCE).size());
  }

  @Test
  void graph_cannotBeModified() {
    Graph<EvidenceVertex, EvidenceEdge> g = GRAPH.graph();
    EvidenceVertex extra = new EvidenceVertex(VertexKind.SOURCE, "someone", "Someone");
    assertThrows(UnsupportedOperationException.class, () -> g.addVertex(extra));
    EvidenceVertex any = g.vertexSet().iterator().next();
    assertThrows(UnsupportedOperationException.class, () -> g.removeVertex(any));
  }

  @Test
  void of_isTheSame_whateverOrderTheEvidenceWasAddedIn() {
    for (long seed = 0; seed < 20; seed++) {
      EvidenceGraph shuffled = EvidenceGraph.of(AnnexedRegionsExcerpt.buildShuffled(seed));
      assertEquals(vertexIds(GRAPH), vertexIds(shuffled), "vertex order, seed " + seed);
      assertEquals(edgeIds(GRAPH), edgeIds(shuffled), "edge order, seed " + seed);
    }
  }

  @Test
  void aboutProposition_keepsItsAssertionsSourcesAndPassages_notRelationsLeavingTheSelection() {
    EvidenceGraph donetsk = GRAPH.aboutProposition("posted-in-donetsk");
    assertEquals(List.of("passage:huseyn-aliyev-82", "passage:irina-novik-18",
            "passage:pskovskaya-gubernia-7", "proposition:posted-in-donetsk",
            "source:huseyn-aliyev", "source:irina-novik", "source:pskovskaya-gubernia"),
        vertexIds(donetsk));
    assertEquals(List.of("asserts:aliyev-82-donetsk", "asserts:novik-18-donetsk",
            "asserts:pskov-7-donetsk", "cites:aliyev-82-donetsk:huseyn-aliyev-82",
            "cites:novik-18-donetsk:irina-novik-18", "cites:pskov-7-donetsk:pskovskaya-gubernia-7"),
        edgeIds(donetsk), "the entailment to the annexed regions leaves the selection");
  }

  @Test
  void aboutPropositions_keepsRelationsBetweenSelectedPropositions() {
    EvidenceGraph two = GRAPH.aboutPropositions(List.of("posted-in-donetsk", "posted-in-annexed-2022"));
    assertTrue(edgeIds(two).contains("entails:posted-in-donetsk:posted-in-annexed-2022"));
    assertTrue(two.vertex("proposition:posted-in-annexed-2022").isPresent(),
        "a selected proposition is kept though no one asserts it");
  }

  @Test
  void aboutTopic_includesSubtopics_andRelayedSources() {
    EvidenceGraph kursk = GRAPH.aboutTopic("kursk");
    assertEquals(List.of("passage:irina-novik-17", "passage:verstka-2024-11-14-whole",
            "proposition:killed-in-kursk", "source:irina-novik", "source:verstka"),
        vertexIds(kursk));
    assertEquals(Map.of(EdgeKind.ASSERTS, 2, EdgeKind.CITES, 2, EdgeKind.REPORTED_BY, 1),
        edgeCounts(kursk));
    EvidenceGraph war = GRAPH.aboutTopic("war-effort");
    assertEquals(vertexIds(GRAPH), vertexIds(war), "war-effort holds kursk: everything");
    assertEquals(edgeIds(GRAPH), edgeIds(war));
  }

  @Test
  void selection_ofUnknownIds_failsLoudly() {
    assertThrows(IllegalArgumentException.class, () -> GRAPH.aboutProposition("posted-in-mars"));
    assertThrows(IllegalArgumentException.class, () -> GRAPH.aboutTopic("no-such-topic"));
  }

  @Test
  void emptyEvidenceBase_givesEmptyGraph() {
    EvidenceGraph empty = EvidenceGraph.of(EvidenceBase.empty());
    assertTrue(empty.graph().vertexSet().isEmpty() && empty.graph().edgeSet().isEmpty());
  }

  @Test
  void edge_rejectsAKindThatDoesNotFitItsElement() {
    EvidenceEdge asserts = edge(GRAPH, "asserts:aliyev-82-donetsk");
    assertThrows(IllegalArgumentException.class, () -> new EvidenceEdge(
        EdgeKind.ENTAILS, "entails:x:y", asserts.assertion(), asserts.relation()));
    assertThrows(IllegalArgumentException.class, () -> new EvidenceEdge(
        EdgeKind.REPORTED_BY, "reported-by:aliyev-82-donetsk", asserts.assertion(),
        asserts.relation()), "Huseyn Aliyev relays no one in ¶82");
    assertThrows(IllegalArgumentException.class, () -> new EvidenceEdge(
        EdgeKind.ASSERTS, "cites:aliyev-82-donetsk", asserts.assertion(), asserts.relation()),
        "the id must carry the kind's prefix");
  }
}
