package org.corroborate.model;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.Graph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds cycles in a directed graph by iterative depth-first search (Tarjan 1972, "Depth-first
 * search and linear graph algorithms", SIAM J. Comput. 1(2), doi:10.1137/0201010): every back edge
 * closes one cycle, reported as the path from the edge's target round to its source. O(V + E)
 * time; iterative, so deep chains cannot overflow the stack. Nodes are visited in the graph's
 * iteration order, so a graph built in a stable order gives the same cycles every time.
 */
final class Cycles {

  private Cycles() {}

  private enum Colour {
    ON_PATH,
    DONE
  }

  /** One cycle per back edge found, each as its nodes in path order. */
  static <N> ImmutableList<ImmutableList<N>> of(Graph<N> graph) {
    Map<N, Colour> colour = new HashMap<>();
    ImmutableList.Builder<ImmutableList<N>> cycles = ImmutableList.builder();
    for (N root : graph.nodes()) {
      if (colour.containsKey(root)) {
        continue;
      }
      Deque<Iterator<N>> stack = new ArrayDeque<>();
      List<N> path = new ArrayList<>();
      colour.put(root, Colour.ON_PATH);
      path.add(root);
      stack.push(graph.successors(root).iterator());
      while (!stack.isEmpty()) {
        Iterator<N> next = stack.peek();
        if (next.hasNext()) {
          N child = next.next();
          Colour c = colour.get(child);
          if (c == null) {
            colour.put(child, Colour.ON_PATH);
            path.add(child);
            stack.push(graph.successors(child).iterator());
          } else if (c == Colour.ON_PATH) {
            cycles.add(ImmutableList.copyOf(path.subList(path.indexOf(child), path.size())));
          }
        } else {
          stack.pop();
          colour.put(path.remove(path.size() - 1), Colour.DONE);
        }
      }
    }
    return cycles.build();
  }
}
