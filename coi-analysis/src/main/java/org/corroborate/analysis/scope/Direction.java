package org.corroborate.analysis.scope;

/** Which way an assertion bears on a proposition. */
public enum Direction {
  /** The assertion, directly or by derivation, says the proposition holds. */
  SUPPORTS,
  /** The assertion, directly or by derivation, says the proposition does not hold. */
  OPPOSES,
  /**
   * The source knows of no evidence for the proposition: a weak opposition that never makes a
   * dispute on its own and lowers the confidence of support.
   */
  NO_EVIDENCE,
  /** The source says it does not know; listed, never counted for or against. */
  UNCERTAIN,
  /** The assertion gives a value for the proposition: a quantity, or a category. */
  VALUE
}
