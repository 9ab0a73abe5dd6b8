package org.corroborate.model;

/**
 * How firmly a source commits to what it says. COI minutes are full of hedges ("probably",
 * "could", "had not heard of"), and they change what a statement is worth.
 */
public enum Hedge {
  /** Stated as fact. */
  CERTAIN,
  /** "Probably", "most likely", "assessed that". */
  PROBABLE,
  /** "Could", "may", "it is possible that". */
  POSSIBLE,
  /**
   * "Had not heard of any case", "no evidence to suggest": the source knows of nothing that
   * supports the proposition. This is not a denial; it is absence of evidence, and an assertion
   * with this hedge must have the stance {@link Stance#DENIES} (its direction) and no value.
   */
  NO_EVIDENCE_OF
}
