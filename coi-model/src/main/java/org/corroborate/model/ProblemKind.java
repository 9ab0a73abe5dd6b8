package org.corroborate.model;

/** The integrity rules an {@link EvidenceBase} is checked against; one kind per rule. */
public enum ProblemKind {
  /** Two elements of one kind (two sources, two assertions…) share an id. */
  DUPLICATE_ID,
  /** An id refers to an element that does not exist. */
  UNKNOWN_REFERENCE,
  /** Places, topics or a proposition's reported-by chain loop back on themselves. */
  CYCLE,
  /**
   * A position does not fit its proposition: a value on a proposition without a unit, a value in
   * another unit, or a stance other than uncertain on a numeric proposition.
   */
  VALUE_MISMATCH,
  /** An assertion cites a paragraph of minutes of a meeting with another source. */
  PASSAGE_OF_ANOTHER_SOURCE,
  /** Two passages of one document have the same locator. */
  DUPLICATE_LOCATOR,
  /** Two sources share a name or alias (compared ignoring case), so citations are ambiguous. */
  AMBIGUOUS_ALIAS,
  /** Two relations say two propositions both entail and contradict one another. */
  CONFLICTING_RELATIONS,
  /** The same relation is declared twice. */
  DUPLICATE_RELATION
}
