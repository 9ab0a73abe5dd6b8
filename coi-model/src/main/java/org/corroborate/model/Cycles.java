package org.corroborate.model;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.Graph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds the cycles of a directed graph once per strongly connected component: a component of two
 * or more nodes, or one node with a loop, is one cycle problem, however many cycles run through
 * it. Components are found with Kosaraju's algorithm (Sharir 1981, "A strong-connectivity algorithm
 * and its applications in data flow analysis", Comput. Math. Appl. 7(1)), as JGraphT implements it
 * without recursion, so a chain of 10⁵ nodes cannot overflow the stack; each component is shown by
 * one shortest cycle through its smallest node (breadth-first search inside the component), of
 * which at most {@link #EXCERPT} nodes are kept. O(V + E) time and memory.
 */
final class Cycles {

  /** The most nodes of a cycle shown in a problem. */
  static final int EXCERPT = 10;

  private Cycles() {}

  /**
   * One cycle of a strongly connected component.
   *
   * @param size how many nodes the component holds
   * @param excerpt a shortest cycle through the component's smallest node, in path order from it,
   *     cut to at most {@link #EXCERPT} nodes
   * @param length the length of that cycle, in nodes
   */
  record Component(int size, ImmutableList<String> excerpt, int length) {

    /** The cycle as {@code a -> b -> a}, or {@code a -> b -> … (12 nodes) -> a} when cut. */
    String path() {
      String shown = String.join(" -> ", excerpt);
      return length > excerpt.size()
          ? shown + " -> … (" + length + " in the cycle) -> " + excerpt.get(0)
          : shown + " -> " + excerpt.get(0);
    }
  }

  /** Every component that holds a cycle, ordered by its smallest node. */
  static ImmutableList<Component> of(Graph<String> graph) {
    DefaultDirectedGraph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
    graph.nodes().forEach(g::addVertex);
    graph.edges().forEach(e -> g.addEdge(e.source(), e.target()));
    List<Component> found = new ArrayList<>();
    for (Set<String> component : new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets()) {
      String first = Collections.min(component);
      boolean loop = g.containsEdge(first, first);
      if (component.size() == 1 && !loop) {
        continue;
      }
      List<String> cycle;
      if (component.size() == 1) {
        cycle = List.of(first);
      } else {
        AsSubgraph<String, DefaultEdge> inside = new AsSubgraph<>(g, component);
        BFSShortestPath<String, DefaultEdge> paths = new BFSShortestPath<>(inside);
        org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths<String, DefaultEdge> from =
            paths.getPaths(first);
        String last = new TreeSet<>(org.jgrapht.Graphs.predecessorListOf(inside, first)).stream()
            .min(java.util.Comparator.comparingDouble((String p) -> from.getWeight(p))
                .thenComparing(p -> p))
            .orElseThrow();
        GraphPath<String, DefaultEdge> path = from.getPath(last);
        cycle = path.getVertexList();
      }
      found.add(new Component(component.size(),
          ImmutableList.copyOf(cycle.subList(0, Math.min(EXCERPT, cycle.size()))), cycle.size()));
    }
    found.sort(java.util.Comparator.comparing(c -> c.excerpt().get(0)));
    return ImmutableList.copyOf(found);
  }
}
