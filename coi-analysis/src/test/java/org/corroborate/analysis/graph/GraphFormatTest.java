package org.corroborate.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

final class GraphFormatTest {

  private static final EvidenceGraph GRAPH = EvidenceGraph.of(AnnexedRegionsExcerpt.build());
  private static final int VERTICES = 15;
  private static final int EDGES = 20;

  @Test
  void export_isByteIdentical_twice_andWhateverTheOrderOfParts() {
    EvidenceGraph shuffled = EvidenceGraph.of(AnnexedRegionsExcerpt.buildShuffled(42));
    for (GraphFormat format : GraphFormat.values()) {
      String once = format.export(GRAPH);
      assertEquals(once, format.export(GRAPH), format + " exported twice");
      assertEquals(once, format.export(shuffled), format + " of parts added in another order");
    }
  }

  @Test
  void export_toAWriter_writesTheSameText() throws Exception {
    StringWriter out = new StringWriter();
    GraphFormat.JSON.export(GRAPH, out);
    assertEquals(GraphFormat.JSON.export(GRAPH), out.toString());
  }

  @Test
  void dot_parsesBackWithJGraphTsImporter() {
    Graph<String, DefaultEdge> read = new DirectedPseudograph<>(null, DefaultEdge::new, false);
    Map<String, Map<String, Attribute>> attributes = new HashMap<>();
    DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer((p, a) -> attributes
        .computeIfAbsent(p.getFirst(), v -> new HashMap<>()).put(p.getSecond(), a));
    importer.importGraph(read, new StringReader(GraphFormat.DOT.export(GRAPH)));
    assertEquals(VERTICES, read.vertexSet().size(), "every vertex comes back");
    assertEquals(EDGES, read.edgeSet().size(), "every edge comes back");
    assertTrue(read.containsVertex("source:huseyn-aliyev"), "ids keep their prefix: " + read.vertexSet());
    assertEquals("Huseyn Aliyev ¶82",
        attributes.get("passage:huseyn-aliyev-82").get("label").getValue());
    assertEquals("note", attributes.get("passage:huseyn-aliyev-82").get("shape").getValue());
    assertEquals("SOURCE", attributes.get("source:irina-novik").get("kind").getValue());
  }

  @Test
  void dot_drawsShapesPerVertexKind_andColoursPerStance() {
    String dot = GraphFormat.DOT.export(GRAPH);
    assertTrue(dot.startsWith("digraph evidence {"), dot);
    assertTrue(dot.contains("\"source:huseyn-aliyev\" -> \"proposition:posted-in-donetsk\""
        + " [ id=\"asserts:aliyev-82-donetsk\" kind=\"ASSERTS\" label=\"affirms\""), dot);
    assertTrue(lineOf(dot, "id=\"asserts:pskov-7-donetsk\"").contains("color=\"#cf222e\""),
        "a denial is red");
    assertTrue(lineOf(dot, "id=\"asserts:novik-18-kherson\"").contains("style=\"dotted\""),
        "absence of evidence is dotted");
    assertTrue(lineOf(dot, "\"proposition:posted-in-donetsk\" [").contains("shape=\"box\""));
    assertTrue(lineOf(dot, "\"proposition:kept-out-of-annexed-2022\" [")
            .contains("label=\"Conscripts are kept out of the \\\"new regions\\\" annexed in 2022\""),
        "double quotes in a label are escaped");
  }

  private static String lineOf(String text, String containing) {
    return text.lines().filter(l -> l.contains(containing)).findFirst()
        .orElseThrow(() -> new AssertionError("no line with " + containing + " in\n" + text));
  }

  @Test
  void graphMl_isWellFormedXml_withTheAttributesDeclaredAndSet() throws Exception {
    String xml = GraphFormat.GRAPHML.export(GRAPH);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    NodeList nodes = doc.getElementsByTagNameNS("*", "node");
    NodeList edges = doc.getElementsByTagNameNS("*", "edge");
    assertEquals(VERTICES, nodes.getLength());
    assertEquals(EDGES, edges.getLength());

    Map<String, String> keyNames = new HashMap<>();
    NodeList keys = doc.getElementsByTagNameNS("*", "key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element key = (Element) keys.item(i);
      keyNames.put(key.getAttribute("id"), key.getAttribute("attr.name"));
    }
    assertTrue(keyNames.values().containsAll(List.of("kind", "label", "modelId", "assertion",
        "stance", "hedge", "basis", "value", "reason")), "declared keys: " + keyNames);

    Element first = (Element) nodes.item(0);
    assertEquals("passage:huseyn-aliyev-82", first.getAttribute("id"));
    assertEquals(Map.of("kind", "PASSAGE", "modelId", "huseyn-aliyev-82",
        "label", "Huseyn Aliyev ¶82"), data(first, keyNames));

    Element relay = (Element) edges.item(EDGES - 1);
    assertEquals("reported-by:novik-17-killed", relay.getAttribute("id"));
    assertEquals("source:irina-novik", relay.getAttribute("source"));
    assertEquals("source:verstka", relay.getAttribute("target"));
    assertEquals("REPORTED_BY", data(relay, keyNames).get("basis"));
    assertEquals("[13, ∞) person", data(relay, keyNames).get("value"));
  }

  private static Map<String, String> data(Element element, Map<String, String> keyNames) {
    Map<String, String> data = new HashMap<>();
    NodeList children = element.getElementsByTagNameNS("*", "data");
    for (int i = 0; i < children.getLength(); i++) {
      Element d = (Element) children.item(i);
      data.put(keyNames.get(d.getAttribute("key")), d.getTextContent());
    }
    return data;
  }

  @Test
  void json_parsesWithJackson_andHasTheIdsAndAttributes() throws Exception {
    JsonNode root = new ObjectMapper().readTree(GraphFormat.JSON.export(GRAPH));
    List<String> nodeIds = new ArrayList<>();
    root.get("nodes").forEach(n -> nodeIds.add(n.get("id").asText()));
    assertEquals(GRAPH.graph().vertexSet().stream().map(EvidenceVertex::id).toList(), nodeIds,
        "nodes in graph order, by their stable ids");
    List<String> edgeIds = new ArrayList<>();
    root.get("edges").forEach(e -> edgeIds.add(e.get("id").asText()));
    assertEquals(GRAPH.graph().edgeSet().stream().map(EvidenceEdge::id).toList(), edgeIds);

    JsonNode novik = root.get("nodes").get(nodeIds.indexOf("source:irina-novik"));
    assertEquals("Irina Novik", novik.get("label").asText(), "no locale-dependent case mapping");
    assertEquals("SOURCE", novik.get("kind").asText());
    JsonNode notHeard = root.get("edges").get(edgeIds.indexOf("asserts:novik-18-kherson"));
    assertEquals("source:irina-novik", notHeard.get("source").asText());
    assertEquals("proposition:posted-in-kherson", notHeard.get("target").asText());
    assertEquals("novik-18-kherson", notHeard.get("assertion").asText());
    assertEquals("DENIES", notHeard.get("stance").asText());
    assertEquals("NO_EVIDENCE_OF", notHeard.get("hedge").asText());
    JsonNode entails = root.get("edges").get(
        edgeIds.indexOf("entails:posted-in-kherson:posted-in-annexed-2022"));
    assertEquals("Kherson oblast is one of the regions annexed in 2022",
        entails.get("reason").asText());
  }
}
