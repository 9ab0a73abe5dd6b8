package org.corroborate.model;

/** A source's position on a {@link Proposition}. */
public enum Stance {
  /** The source says the proposition holds (or, with a value, that the value lies in a range). */
  AFFIRMS,
  /** The source says the proposition does not hold. */
  DENIES,
  /** The source says it does not know, or that it cannot be known. */
  UNCERTAIN
}
