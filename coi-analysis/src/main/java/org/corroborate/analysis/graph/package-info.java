/**
 * The evidence graph: an {@link org.corroborate.model.EvidenceBase} as a JGraphT directed
 * multigraph of sources, propositions and passages, with typed edges for assertions, the passages
 * they cite, declared entailments and contradictions, and relayed reports.
 *
 * <p>{@link org.corroborate.analysis.graph.EvidenceGraph} builds the graph in linear time and
 * selects the part of it about some propositions or a topic; {@link
 * org.corroborate.analysis.graph.GraphFormat} exports it as DOT, GraphML or JSON through {@code
 * jgrapht-io}, with stable ids, readable labels and, in DOT, drawing attributes. Vertex and edge
 * ids are prefixed by kind ({@code source:huseyn-aliyev}, {@code asserts:aliyev-82-donetsk}) and
 * stay the same from one run to the next; the order of vertices, edges and attributes is fixed, so
 * two exports of the same evidence are byte for byte identical.
 */
package org.corroborate.analysis.graph;
