package org.corroborate.model;

/** On what a source's statement rests: how the source knows what it says. */
public enum BasisKind {
  /** The source saw or handled it directly (its own cases, clients, reporting). */
  FIRST_HAND,
  /** The source relies on a document it names or shows. */
  DOCUMENTARY,
  /** The source cites official statistics. */
  OFFICIAL_STATISTICS,
  /** The source relays what another, named source reported. Needs the other source. */
  REPORTED_BY,
  /** The source heard it from unnamed others ("relatives told us"). */
  HEARSAY,
  /** The source gives its own estimate of a number. */
  ESTIMATE,
  /** The source states what a law or regulation says. */
  LEGAL_NORM,
  /** The source gives its expert assessment or analysis, without a more specific basis. */
  ASSESSMENT,
  /** The passage does not say how the source knows. */
  UNSTATED
}
