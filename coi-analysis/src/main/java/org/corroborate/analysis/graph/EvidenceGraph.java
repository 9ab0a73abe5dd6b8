package org.corroborate.analysis.graph;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.corroborate.model.Assertion;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Passage;
import org.corroborate.model.Proposition;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.RelationKind;
import org.corroborate.model.Source;
import org.corroborate.model.Topic;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * The evidence of an {@link EvidenceBase} as a directed multigraph of JGraphT: who says what,
 * where, and how the questions relate.
 *
 * <p>Vertices ({@link EvidenceVertex}) are the sources, propositions and passages; edges ({@link
 * EvidenceEdge}) are typed by {@link EdgeKind}:
 *
 * <ul>
 *   <li>{@code ASSERTS}: source → proposition, one per assertion;
 *   <li>{@code CITES}: proposition → passage, one per passage of each assertion, carrying the
 *       assertion; together with the assertion's {@code ASSERTS} edge it forms the path source →
 *       proposition → passage that traces one statement to where it is written;
 *   <li>{@code CONTRADICTS} and {@code ENTAILS}: proposition → proposition, one per declared
 *       {@link PropositionRelation};
 *   <li>{@code REPORTED_BY}: relaying source → reporting source, one per assertion whose basis
 *       relays another source.
 * </ul>
 *
 * <p>Documents are not vertices: a passage's label names the document's source and the locator,
 * and minutes belong to the source that speaks in them. There are no self-loops (the model forbids
 * a source relaying itself and a proposition related to itself); there may be parallel edges (two
 * assertions of one source on one proposition).
 *
 * <p>Order is deterministic and independent of the order in which the evidence base was built:
 * vertices are inserted in id order (passages, then propositions, then sources, each by model id);
 * edges by kind in the order of {@link EdgeKind}, then by assertion id and passage id, or by
 * proposition ids for relations. Iterating over {@link #graph()} follows that order, and so do
 * the exports of {@link GraphFormat}.
 *
 * <p>Building takes O(n) time and space for n elements of the evidence base, besides sorting the
 * passages of each assertion (a handful). The graph is immutable: {@link #graph()} is an
 * unmodifiable view of a graph no one else holds. Instances are thread-safe.
 */
public final class EvidenceGraph {

  private final EvidenceBase base;
  private final Graph<EvidenceVertex, EvidenceEdge> graph;
  private final ImmutableMap<String, EvidenceVertex> vertices;

  private EvidenceGraph(
      EvidenceBase base,
      Graph<EvidenceVertex, EvidenceEdge> graph,
      ImmutableMap<String, EvidenceVertex> vertices) {
    this.base = base;
    this.graph = new AsUnmodifiableGraph<>(graph);
    this.vertices = vertices;
  }

  /** The graph of every source, proposition and passage of {@code base} and all their edges. */
  public static EvidenceGraph of(EvidenceBase base) {
    Objects.requireNonNull(base, "evidence base");
    return build(base, p -> true, true);
  }

  /**
   * The part of the graph of {@code base} about some propositions, as {@link
   * #aboutPropositions(Iterable)} gives it, without building the whole graph first. O(n).
   *
   * @throws IllegalArgumentException if the evidence base holds no proposition with one of the ids
   */
  public static EvidenceGraph about(EvidenceBase base, Iterable<String> propositionIds) {
    Objects.requireNonNull(base, "evidence base");
    Objects.requireNonNull(propositionIds, "proposition ids");
    Set<String> selected = new HashSet<>();
    for (String id : propositionIds) {
      Objects.requireNonNull(id, "proposition id");
      checkArgument(base.proposition(id).isPresent(), "unknown proposition '%s'", id);
      selected.add(id);
    }
    return build(base, selected::contains, false);
  }

  /** The unmodifiable JGraphT graph, iterating in the documented order. */
  public Graph<EvidenceVertex, EvidenceEdge> graph() {
    return graph;
  }

  /** The vertex with this id ({@code source:huseyn-aliyev}), if the graph holds it. */
  public Optional<EvidenceVertex> vertex(String id) {
    return Optional.ofNullable(vertices.get(Objects.requireNonNull(id, "vertex id")));
  }

  /** The vertex of the model element {@code modelId} of {@code kind}, if the graph holds it. */
  public Optional<EvidenceVertex> vertex(VertexKind kind, String modelId) {
    Objects.requireNonNull(kind, "vertex kind");
    Objects.requireNonNull(modelId, "model id");
    return vertex(EvidenceVertex.id(kind, modelId));
  }

  /** The vertices of {@code kind}, in graph order. O(|V|). */
  public ImmutableList<EvidenceVertex> vertices(VertexKind kind) {
    Objects.requireNonNull(kind, "vertex kind");
    return graph.vertexSet().stream().filter(v -> v.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /** The edges of {@code kind}, in graph order. O(|E|). */
  public ImmutableList<EvidenceEdge> edges(EdgeKind kind) {
    Objects.requireNonNull(kind, "edge kind");
    return graph.edgeSet().stream().filter(e -> e.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The part of the graph about one proposition; see {@link #aboutPropositions(Iterable)}.
   *
   * @throws IllegalArgumentException if the evidence base holds no such proposition
   */
  public EvidenceGraph aboutProposition(String propositionId) {
    return aboutPropositions(ImmutableList.of(propositionId));
  }

  /**
   * The part of the graph about some propositions: those propositions; every assertion on them
   * with its {@code ASSERTS}, {@code CITES} and {@code REPORTED_BY} edges and the sources and
   * passages at their ends; and the declared relations between two of the propositions. Vertices
   * that no selected edge touches, other than the propositions, are left out. Order is that of
   * the whole graph. O(n) for n elements of the evidence base.
   *
   * @throws IllegalArgumentException if the evidence base holds no proposition with one of the ids
   */
  public EvidenceGraph aboutPropositions(Iterable<String> propositionIds) {
    return about(base, propositionIds);
  }

  /**
   * The part of the graph about a topic: as {@link #aboutPropositions(Iterable)} for every
   * proposition filed under the topic or under any topic below it. O(n).
   *
   * @throws IllegalArgumentException if the evidence base holds no such topic
   */
  public EvidenceGraph aboutTopic(String topicId) {
    Objects.requireNonNull(topicId, "topic id");
    checkArgument(base.topic(topicId).isPresent(), "unknown topic '%s'", topicId);
    ImmutableListMultimap.Builder<String, String> children = ImmutableListMultimap.builder();
    for (Topic t : base.topics()) {
      t.parent().ifPresent(parent -> children.put(parent, t.id()));
    }
    ImmutableListMultimap<String, String> childIndex = children.build();
    Set<String> topics = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(topicId));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (topics.add(next)) {
        todo.addAll(childIndex.get(next));
      }
    }
    Set<String> selected = new HashSet<>();
    for (Proposition p : base.propositions()) {
      if (topics.contains(p.topic())) {
        selected.add(p.id());
      }
    }
    return build(base, selected::contains, false);
  }

  /** Counts of vertices and edges. */
  @Override
  public String toString() {
    return "EvidenceGraph[" + graph.vertexSet().size() + " vertices, " + graph.edgeSet().size()
        + " edges]";
  }

  private static EvidenceGraph build(
      EvidenceBase base, Predicate<String> proposition, boolean everyVertex) {
    Map<String, Source> sources = new HashMap<>();
    base.sources().forEach(s -> sources.put(s.id(), s));
    Map<String, Document> documents = new HashMap<>();
    base.documents().forEach(d -> documents.put(d.id(), d));

    List<Assertion> assertions = new ArrayList<>();
    for (Assertion a : base.assertions()) {
      if (proposition.test(a.proposition())) {
        assertions.add(a);
      }
    }
    List<PropositionRelation> relations = new ArrayList<>();
    for (PropositionRelation r : base.relations()) {
      if (proposition.test(r.from()) && proposition.test(r.to())) {
        relations.add(r);
      }
    }

    List<Edge> edges = new ArrayList<>();
    for (Assertion a : assertions) {
      edges.add(new Edge(EvidenceEdge.asserts(a), VertexKind.SOURCE, a.source(),
          VertexKind.PROPOSITION, a.proposition()));
    }
    for (Assertion a : assertions) {
      for (String passage : ImmutableList.sortedCopyOf(a.passages())) {
        edges.add(new Edge(EvidenceEdge.cites(a, passage), VertexKind.PROPOSITION,
            a.proposition(), VertexKind.PASSAGE, passage));
      }
    }
    for (RelationKind kind : List.of(RelationKind.CONTRADICTS, RelationKind.ENTAILS)) {
      for (PropositionRelation r : relations) {
        if (r.kind() == kind) {
          edges.add(new Edge(EvidenceEdge.of(r), VertexKind.PROPOSITION, r.from(),
              VertexKind.PROPOSITION, r.to()));
        }
      }
    }
    for (Assertion a : assertions) {
      a.basis().reportedBy().ifPresent(relayed -> edges.add(new Edge(EvidenceEdge.reportedBy(a),
          VertexKind.SOURCE, a.source(), VertexKind.SOURCE, relayed)));
    }

    Set<String> touched = new HashSet<>();
    for (Edge e : edges) {
      touched.add(EvidenceVertex.id(e.fromKind(), e.from()));
      touched.add(EvidenceVertex.id(e.toKind(), e.to()));
    }
    Predicate<EvidenceVertex> kept = v -> everyVertex || touched.contains(v.id())
        || (v.kind() == VertexKind.PROPOSITION && proposition.test(v.modelId()));

    Graph<EvidenceVertex, EvidenceEdge> graph = new DirectedMultigraph<>(null, null, false);
    ImmutableMap.Builder<String, EvidenceVertex> index = ImmutableMap.builder();
    List<EvidenceVertex> candidates = new ArrayList<>();
    for (Passage p : base.passages()) {
      Document d = documents.get(p.document());
      candidates.add(new EvidenceVertex(VertexKind.PASSAGE, p.id(),
          sources.get(d.source()).name() + " " + p.locator()));
    }
    for (Proposition p : base.propositions()) {
      candidates.add(new EvidenceVertex(VertexKind.PROPOSITION, p.id(), p.text()));
    }
    for (Source s : base.sources()) {
      candidates.add(new EvidenceVertex(VertexKind.SOURCE, s.id(), s.name()));
    }
    for (EvidenceVertex v : candidates) {
      if (kept.test(v)) {
        graph.addVertex(v);
        index.put(v.id(), v);
      }
    }
    ImmutableMap<String, EvidenceVertex> vertices = index.buildOrThrow();
    for (Edge e : edges) {
      graph.addEdge(vertices.get(EvidenceVertex.id(e.fromKind(), e.from())),
          vertices.get(EvidenceVertex.id(e.toKind(), e.to())), e.edge());
    }
    return new EvidenceGraph(base, graph, vertices);
  }

  /** An edge with its ends, before the vertices exist. */
  private record Edge(
      EvidenceEdge edge, VertexKind fromKind, String from, VertexKind toKind, String to) {}
}
