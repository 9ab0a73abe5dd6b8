package org.corroborate.analysis.graph;

/**
 * What an {@link EvidenceEdge} stands for, and which way it points. The prefix of an edge id is
 * the constant's name in lower case with a hyphen for the underscore ({@code reported-by}); the
 * constants are in alphabetical order.
 */
public enum EdgeKind {
  /** A source takes a position on a proposition: source → proposition, one per assertion. */
  ASSERTS("asserts"),
  /**
   * Where an assertion is written: proposition → passage, one per passage of each assertion. The
   * edge carries the assertion, so the path source → proposition → passage with one assertion
   * id reads "this source says this, here".
   */
  CITES("cites"),
  /**
   * Two propositions cannot both hold: from the smaller proposition id to the larger, one per
   * declared contradiction; the relation is symmetric, the direction carries no meaning.
   */
  CONTRADICTS("contradicts"),
  /** If one proposition holds, so does the other: premise → conclusion, one per declaration. */
  ENTAILS("entails"),
  /**
   * A source relays another's report: relaying source → reporting source, one per assertion whose
   * basis is {@link org.corroborate.model.BasisKind#REPORTED_BY}.
   */
  REPORTED_BY("reported-by");

  private final String prefix;

  EdgeKind(String prefix) {
    this.prefix = prefix;
  }

  /** The prefix of this kind's edge ids, without the colon: {@code reported-by}. */
  public String prefix() {
    return prefix;
  }

  /** Whether edges of this kind come from an assertion (rather than a proposition relation). */
  public boolean fromAssertion() {
    return switch (this) {
      case ASSERTS, CITES, REPORTED_BY -> true;
      case CONTRADICTS, ENTAILS -> false;
    };
  }
}
