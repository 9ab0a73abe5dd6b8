package org.corroborate.analysis.scope;

/** How an assertion comes to bear on a proposition: the kind of reason, rendered on request. */
public enum Why {
  /** The assertion is about the proposition itself. */
  DIRECT,
  /** An affirmation about a scope that lies inside the proposition's scope. */
  SCOPE_INSIDE,
  /** A denial, or an absence of evidence, about a scope that contains the proposition's. */
  SCOPE_CONTAINING,
  /** An affirmation of a proposition that entails this one (directly or through a chain). */
  ENTAILING,
  /** A denial, or an absence of evidence, of a proposition this one entails. */
  ENTAILED,
  /** An affirmation of a proposition declared to contradict this one. */
  CONTRADICTING
}
