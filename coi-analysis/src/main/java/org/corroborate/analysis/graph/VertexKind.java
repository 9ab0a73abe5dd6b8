package org.corroborate.analysis.graph;

/** What an {@link EvidenceVertex} stands for; each kind prefixes the ids of its vertices. */
public enum VertexKind {
  /** A passage of a document, where a source says something: {@code passage:huseyn-aliyev-82}. */
  PASSAGE("passage"),
  /** A proposition, one checkable question: {@code proposition:posted-in-donetsk}. */
  PROPOSITION("proposition"),
  /** A source, who speaks: {@code source:huseyn-aliyev}. */
  SOURCE("source");

  private final String prefix;

  VertexKind(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The prefix of this kind's vertex ids, without the colon: {@code source}. Prefixes are in the
   * same alphabetical order as the constants, so vertices sorted by kind and then by model id are
   * also sorted by vertex id.
   */
  public String prefix() {
    return prefix;
  }
}
