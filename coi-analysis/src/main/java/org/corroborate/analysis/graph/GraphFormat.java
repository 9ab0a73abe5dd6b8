package org.corroborate.analysis.graph;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import org.corroborate.model.Assertion;
import org.corroborate.model.Hedge;
import org.corroborate.model.Stance;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.jgrapht.nio.json.JSONExporter;

/**
 * The formats an {@link EvidenceGraph} is exported in, each written by the exporter of {@code
 * jgrapht-io}, so that people can look at the graph with Graphviz, yEd, Gephi or a script.
 *
 * <p>Every format carries the same data. A vertex has its {@linkplain EvidenceVertex#id() id} and
 * the attributes {@code kind} ({@code SOURCE}, {@code PROPOSITION}, {@code PASSAGE}), {@code
 * modelId} and {@code label}. An edge has its {@linkplain EvidenceEdge#id() id} and the attributes
 * {@code kind} ({@code ASSERTS}, {@code CITES}, …) and {@code label}; an edge from an assertion
 * also {@code assertion}, {@code stance}, {@code hedge}, {@code basis} and, for a numeric
 * position, {@code value}; an edge from a relation also {@code reason}. Enumerated values are
 * written as their constants' names. DOT also gets drawing attributes: a shape per vertex kind, a
 * colour per stance and a line style per hedge on assertion edges, a colour per relation.
 *
 * <p>Output is deterministic: vertices, edges and attributes come in a fixed order (the graph's,
 * see {@link EvidenceGraph}), so exporting one graph twice, or two graphs built from the same
 * evidence, gives identical text, under any default locale. Exporting takes O(|V| + |E|) time.
 */
public enum GraphFormat {
  /**
   * Graphviz DOT, a {@code digraph} with quoted vertex ids; render with {@code dot -Tsvg}. Labels
   * keep backslashes doubled, so that Graphviz prints them as written.
   */
  DOT,
  /** GraphML, XML with a {@code <key>} declared for each attribute. */
  GRAPHML,
  /** JSON in the shape of JGraphT's JSON exporter: {@code {"nodes": [...], "edges": [...]}}. */
  JSON;

  /** The graph in this format. */
  public String export(EvidenceGraph graph) {
    Objects.requireNonNull(graph, "graph");
    StringWriter out = new StringWriter();
    exporter().exportGraph(graph.graph(), out);
    return out.toString();
  }

  /**
   * Writes the graph in this format to {@code out}, which it neither flushes nor closes.
   *
   * @throws IOException if writing fails
   */
  public void export(EvidenceGraph graph, Writer out) throws IOException {
    Objects.requireNonNull(out, "writer");
    out.write(export(graph));
  }

  private GraphExporter<EvidenceVertex, EvidenceEdge> exporter() {
    return switch (this) {
      case DOT -> dot();
      case GRAPHML -> graphMl();
      case JSON -> json();
    };
  }

  private static DOTExporter<EvidenceVertex, EvidenceEdge> dot() {
    DOTExporter<EvidenceVertex, EvidenceEdge> exporter =
        new DOTExporter<>(v -> "\"" + v.id() + "\"");
    exporter.setGraphIdProvider(() -> "evidence");
    exporter.setGraphAttributeProvider(() -> ImmutableMap.of(
        "rankdir", DefaultAttribute.createAttribute("LR")));
    exporter.setVertexAttributeProvider(v -> ImmutableMap.<String, Attribute>builder()
        .putAll(dotEscaped(vertexAttributes(v)))
        .putAll(vertexStyle(v.kind()))
        .buildOrThrow());
    exporter.setEdgeAttributeProvider(e -> ImmutableMap.<String, Attribute>builder()
        .put("id", text(e.id()))
        .putAll(dotEscaped(edgeAttributes(e)))
        .putAll(edgeStyle(e))
        .buildOrThrow());
    return exporter;
  }

  private static GraphMLExporter<EvidenceVertex, EvidenceEdge> graphMl() {
    GraphMLExporter<EvidenceVertex, EvidenceEdge> exporter =
        new GraphMLExporter<>(EvidenceVertex::id);
    exporter.setEdgeIdProvider(EvidenceEdge::id);
    exporter.registerAttribute("kind", AttributeCategory.ALL, AttributeType.STRING);
    exporter.registerAttribute("label", AttributeCategory.ALL, AttributeType.STRING);
    exporter.registerAttribute("modelId", AttributeCategory.NODE, AttributeType.STRING);
    for (String name : new String[] {"assertion", "stance", "hedge", "basis", "value", "category", "reason"}) {
      exporter.registerAttribute(name, AttributeCategory.EDGE, AttributeType.STRING);
    }
    exporter.setVertexAttributeProvider(GraphFormat::vertexAttributes);
    exporter.setEdgeAttributeProvider(GraphFormat::edgeAttributes);
    return exporter;
  }

  private static JSONExporter<EvidenceVertex, EvidenceEdge> json() {
    JSONExporter<EvidenceVertex, EvidenceEdge> exporter = new JSONExporter<>(EvidenceVertex::id);
    exporter.setEdgeIdProvider(EvidenceEdge::id);
    exporter.setVertexAttributeProvider(GraphFormat::vertexAttributes);
    exporter.setEdgeAttributeProvider(GraphFormat::edgeAttributes);
    return exporter;
  }

  private static Map<String, Attribute> vertexAttributes(EvidenceVertex v) {
    return ImmutableMap.of(
        "kind", text(v.kind().name()),
        "modelId", text(v.modelId()),
        "label", text(v.label()));
  }

  private static Map<String, Attribute> edgeAttributes(EvidenceEdge e) {
    ImmutableMap.Builder<String, Attribute> attributes = ImmutableMap.builder();
    attributes.put("kind", text(e.kind().name()));
    attributes.put("label", text(e.label()));
    e.assertion().ifPresent(a -> {
      attributes.put("assertion", text(a.id()));
      attributes.put("stance", text(a.stance().name()));
      attributes.put("hedge", text(a.hedge().name()));
      attributes.put("basis", text(a.basis().kind().name()));
      a.value().ifPresent(q -> attributes.put("value", text(q.toString())));
      a.category().ifPresent(c -> attributes.put("category", text(c.toString())));
    });
    e.relation().ifPresent(r -> attributes.put("reason", text(r.reason())));
    return attributes.buildOrThrow();
  }

  private static Map<String, Attribute> vertexStyle(VertexKind kind) {
    return switch (kind) {
      case SOURCE -> style("shape", "ellipse", "style", "filled", "fillcolor", "#dbe9f6");
      case PROPOSITION -> style("shape", "box", "style", "rounded,filled", "fillcolor", "#fff2cc");
      case PASSAGE -> style("shape", "note", "style", "filled", "fillcolor", "#f2f2f2");
    };
  }

  private static Map<String, Attribute> edgeStyle(EvidenceEdge e) {
    return switch (e.kind()) {
      case ASSERTS -> {
        Assertion a = e.assertion().orElseThrow();
        yield style("color", stanceColour(a.stance()), "style", hedgeStyle(a.hedge()));
      }
      case CITES -> style("color", "#8c959f", "style", "solid", "arrowhead", "vee");
      case CONTRADICTS -> style("color", "#bc4c00", "style", "bold", "dir", "both");
      case ENTAILS -> style("color", "#0969da", "style", "bold", "arrowhead", "normal");
      case REPORTED_BY -> style("color", "#8250df", "style", "dashed", "arrowhead", "open");
    };
  }

  /** Green for affirms, red for denies, grey for uncertain. */
  private static String stanceColour(Stance stance) {
    return switch (stance) {
      case AFFIRMS -> "#1a7f37";
      case DENIES -> "#cf222e";
      case UNCERTAIN -> "#6e7781";
    };
  }

  /** Bold for certain, plain for probable, dashed for possible, dotted for absence of evidence. */
  private static String hedgeStyle(Hedge hedge) {
    return switch (hedge) {
      case CERTAIN -> "bold";
      case PROBABLE -> "solid";
      case POSSIBLE -> "dashed";
      case NO_EVIDENCE_OF -> "dotted";
    };
  }

  private static Map<String, Attribute> style(String... namesAndValues) {
    ImmutableMap.Builder<String, Attribute> style = ImmutableMap.builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      style.put(namesAndValues[i], text(namesAndValues[i + 1]));
    }
    return style.buildOrThrow();
  }

  /** DOT reads a backslash in a quoted string as an escape; double it to keep it. */
  private static Map<String, Attribute> dotEscaped(Map<String, Attribute> attributes) {
    ImmutableMap.Builder<String, Attribute> escaped = ImmutableMap.builder();
    attributes.forEach((name, value) ->
        escaped.put(name, text(value.getValue().replace("\\", "\\\\"))));
    return escaped.buildOrThrow();
  }

  private static Attribute text(String value) {
    return DefaultAttribute.createAttribute(value);
  }
}
